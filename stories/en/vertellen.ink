# id: vertellen
# title: Practise telling
# theme: emotionele_mishandeling
# kind: oefenen
# note: This is a practice. You practise how to tell an adult that things are not OK at home. There is no violence in it.
# age: 10
# minutes: 5
# cast: mentor=Mrs Yilmaz, juf=Miss Maud, coach=Coach Dennis
INCLUDE common.ink

-> begin

// Whom you tell: "mentor", "juf" or "coach".
VAR wie = "mentor"
// The sentence you start with: "thuis", "moeilijk" or "bang".
VAR zin = "thuis"

=== begin ===
You are lying on your bed. This is a practice. # bg: slaapkamer # music: rustig
Imagine: something is happening at home that does not feel right.
You want to tell someone. But how do you do that?
Many children find that very hard.
They are scared. Or they feel ashamed.
Or they do not want their parents to get into trouble.
All of that is normal. Here you can practise.
Step 1. Whom do you tell? # discuss: Which adults would you trust? Why them?
Choose someone you trust. Someone you see often.
+ [My mentor, Mrs Yilmaz]
  ~ wie = "mentor"
  -> kies_mentor
+ [My teacher, Miss Maud]
  ~ wie = "juf"
  -> kies_juf
+ [My football coach, Coach Dennis]
  ~ wie = "coach"
  -> kies_coach

=== kies_mentor ===
Mrs Yilmaz is your mentor at secondary school. # bg: klas # music: hoopvol
She often asks how you are. And she really waits for your answer.
Hi! Good to see you. # speaker: mentor # mood: blij
-> wanneer

=== kies_juf ===
Miss Maud is your teacher in the last year of primary school. # bg: klas # music: hoopvol
She likes to make jokes. But she also notices when someone is sad.
Good morning! Take a seat. # speaker: juf # mood: blij
-> wanneer

=== kies_coach ===
Coach Dennis is your trainer at the football club. # bg: sportclub # music: hoopvol # sfx: fluit
He is strict at training. But he is fair. And he listens.
Well played today! # speaker: coach # mood: blij
-> wanneer

=== wanneer ===
Good choice. It can be anyone you trust. # music: rustig
A trusted person at school (vertrouwenspersoon) can help too.
Or your family doctor. Or the dad or mum of a friend.
Step 2. When and where do you tell?
Choose a quiet moment. Without too many people around.
+ [Stay behind afterwards]
  -> na_afloop
+ [Give a short note first]
  -> briefje
+ [Ask: "Can I talk to you for a moment?"]
  -> even_spreken

=== na_afloop ===
{wie == "coach": Training is over. The others go off to shower.|The lesson is over. The others pack their bags.}
You take your time. You wait until everyone has gone. # sfx: voetstappen
Your heart is pounding. You walk up to {naam()}.
-> zegt("Hey, you're still here. Do you want to ask something?", "neutraal") ->
You nod. That is all you can manage for now.
That was smart. Afterwards it is quiet. Nobody else can hear you.
-> eerste_zin

=== briefje ===
Talking still feels too scary. So you write a note first.
"I want to tell you something about home. Can we talk?"
You give the note to {naam()}. Quickly. Then you walk away.
A bit later {naam()} looks at you. And nods.
-> zegt("Thank you for your note. Shall we talk in peace later?", "blij") ->
A note is a good start. A text or an email is fine too.
Then an adult knows: something is going on.
-> eerste_zin

=== even_spreken ===
You walk up to {naam()}. Your voice shakes a little.
Can I talk to you for a moment? Just you and me? # speaker: ik
-> zegt("Of course. Is now a good time? Or later?", "neutraal") ->
Now is good. # speaker: ik
-> zegt("Come, let's go and sit somewhere quiet.", "neutraal") ->
You do not need to say more than that to start.
Then an adult knows: this is important.
-> eerste_zin

=== eerste_zin ===
{
- wie == "mentor":
  You sit together in the mentor's office. It is quiet. # bg: mentorkamer # music: rustig
- wie == "juf":
  You sit together in the empty classroom. It is quiet. # bg: klas # music: rustig
- else:
  You sit together in the empty club canteen. It is quiet. # bg: sportclub # music: rustig
}
{naam_groot()} waits calmly.
Step 3. How do you start?
You do not have to tell everything at once.
One sentence is enough to start. Which sentence do you choose?
+ ["Something at home is not OK."]
  ~ zin = "thuis"
  Something at home is not OK. # speaker: ik
+ ["I want to tell you something, but it's hard."]
  ~ zin = "moeilijk"
  I want to tell you something. But it's hard. # speaker: ik
+ ["I'm scared to go home."]
  ~ zin = "bang"
  I'm scared to go home. # speaker: ik
- -> reactie

=== reactie ===
You said it. That was the hardest step.
Step 4. How does {naam()} react?
Most of the time adults react well. But not always.
What do you want to practise? # discuss: What can you do when an adult does not react well?
+ [A talk that goes well]
  -> goed_gesprek
+ [What if {ze()} does not react well?]
  -> niet_goed

=== niet_goed ===
{naam_groot()} looks at the clock. # music: gespannen
-> zegt("Sorry, I really don't have time now. I have to go.", "neutraal") ->
It's really important. # speaker: ik
-> zegt("Oh, every family has something going on sometimes. I'm sure it'll be fine.", "blij") ->
-> weg("{naam_groot()} pats you on the shoulder. And walks away.") ->
There you are. You had gathered all your courage. # music: verdrietig
That feels awful. Maybe you are angry. Or sad. That is normal.
But it is not because of you. And not because of what you said.
Sometimes an adult is in a hurry. Or {ze()} does not see how serious it is.
You deserve to be heard. Don't give up.
Try someone else. Or try {naam()} again later.
Then add: "It's really important. I need help."
What do you do now?
+ [Tell someone else]
  -> ander
+ [Call De Kindertelefoon first]
  -> einde_kindertelefoon

=== ander ===
Good that you don't give up. That is brave. # music: hoopvol
Whom do you tell now?
+ {wie != "mentor"} [Mrs Yilmaz, my mentor]
  ~ wie = "mentor"
  You go to find Mrs Yilmaz in the mentor's office. # bg: mentorkamer
+ {wie != "juf"} [Miss Maud]
  ~ wie = "juf"
  You wait until Miss Maud is alone in the classroom. # bg: klas
+ {wie != "coach"} [Coach Dennis]
  ~ wie = "coach"
  After training you walk up to Coach Dennis. # bg: sportclub
- Can I talk to you for a moment? It's really important. # speaker: ik
-> zegt("Of course. Come and sit down. I have time for you.", "neutraal") ->
You take a deep breath. And you say your sentence once more.
-> goed_gesprek

=== goed_gesprek ===
{naam_groot()} puts {haar()} phone away. And looks at you calmly. # music: rustig
{zin:
- "thuis":
  -> zegt("I'm glad you told me. Go on. I'm listening.", "neutraal") ->
- "moeilijk":
  -> zegt("Take your time. I'll just wait. You can start small.", "neutraal") ->
- else:
  -> zegt("Thank you for telling me. Are you safe at home today?", "verdrietig") ->
  Today I am, I think. # speaker: ik
  -> zegt("Good. If it is ever really dangerous, call 112.", "neutraal") ->
}
You tell a little bit. It comes out in a muddle. That does not matter.
{naam_groot()} listens. {ze_groot()} lets you finish. And {ze()} does not get angry.
-> zegt("I believe you.", "verdrietig") ->
-> zegt("And I want you to know something. It is not your fault.", "neutraal") ->
-> zegt("It's good that you are telling me. That is very brave.", "blij") ->
You feel a bit lighter. But tired too.
How much do you want to tell today?
+ [More. I want to get it off my chest.]
  -> vragen
+ [This is enough for today]
  -> einde_stukje

=== vragen ===
You go on telling. {naam_groot()} listens and nods.
-> zegt("Thank you. Do you have any questions? You can ask anything.", "neutraal") ->
-> vraag

= vraag
* [Will you tell anyone?]
  Are you going to tell anyone? # speaker: ik
  -> zegt("This is too important to keep secret. I'll be honest about that.", "neutraal") ->
  -> zegt("But first I will talk with you about what we do. And who may know.", "neutraal") ->
  -> vraag
* [Do I have to leave home now?]
  Do I have to leave home now? # speaker: ik
  -> zegt("Lots of children are scared of that. I understand.", "verdrietig") ->
  -> zegt("But usually you just keep living at home. The help comes to you.", "neutraal") ->
  -> vraag
* [What will happen to my parents?]
  What will happen to my parents? # speaker: ik
  -> zegt("The goal is not that someone gets punished. The goal is that home gets better.", "neutraal") ->
  -> zegt("Your parents can get help too.", "neutraal") ->
  -> vraag
+ [What are we going to do now?]
  What are we going to do now? # speaker: ik
  -> plan

= plan
-> zegt("I am going to help you. But I will not decide on my own.", "neutraal") ->
-> zegt("I'd like to ask Veilig Thuis for advice. Shall we call them together?", "neutraal") ->
Veilig Thuis? What is that? # speaker: ik
-> zegt("They listen, give advice and can arrange help for your family.", "neutraal") ->
-> zegt("You can be there too. And you can ask anything.", "blij") ->
-> einde_verteld

=== einde_verteld ===
The next day you sit together again. # music: hoopvol
{naam_groot()} calls Veilig Thuis. The phone is on speaker. # sfx: telefoon
A woman answers. She speaks calmly and kindly.
You may ask or say something. You may also stay quiet.
Together you work out what the next step is.
You do not know yet how everything will go. That is exciting and scary.
But you are no longer on your own with this.
-> zegt("We'll talk again next week. I'll keep telling you what I do.", "blij") ->
How do you feel now?
+ [Relieved]
  Relieved. You no longer carry it alone.
+ [Still a bit scared]
  A bit scared. That is OK. You do not have to know everything yet.
- -> afsluiting

=== einde_stukje ===
This is enough for today. # speaker: ik
-> zegt("That's fine. You can tell it bit by bit.", "blij") ->
-> zegt("Shall we talk again tomorrow? Same time?", "neutraal") ->
You nod. You agree on a time.
-> zegt("I won't do anything without talking it over with you first.", "neutraal") ->
-> zegt("And if it suddenly gets dangerous at home, call 112.", "neutraal") ->
-> weg("You wave and walk outside.") ->
You walk home. # bg: straat # music: hoopvol
You have not told everything yet. But you have told a part.
And now someone knows. Someone who will be waiting for you tomorrow.
What do you take with you?
+ [Tomorrow I will tell more]
  Tomorrow you will tell more. At your own pace.
+ [I'll see how it goes]
  That is fine too. You decide how fast it goes.
- -> afsluiting

=== einde_kindertelefoon ===
That evening you are in your room. # bg: slaapkamer # music: rustig
You pick up your phone. You call De Kindertelefoon, a helpline for children. # sfx: telefoon
Calling is free. You do not have to give your name.
It does not show on the phone bill. But it does show in the call list on your phone.
You can also chat, on their website.
A man answers. "Good that you called. Go ahead, I'm listening."
You tell him about today. About {naam()}, who had no time.
"That's rotten for you. Good that you are trying again."
He helps you practise. Who else do you trust? What will you say?
Together you make a plan for tomorrow.
How do you feel now?
+ [A bit stronger]
  A bit stronger. You have a plan.
+ [Still tired]
  Tired. That makes sense. It was a hard day.
- -> afsluiting

=== afsluiting ===
This was the practice. # music: rustig
Remember the steps.
Choose someone you trust.
Choose a quiet moment. A note is fine too.
Start with one sentence. You can tell it bit by bit.
Does someone not listen well? Try someone else.
You deserve to be heard.
Under 'Help' you can see who else is there for you.
Is there danger right now? Call 112.
-> reflectie

// Helpers: the adult you chose says something (with the right picture).
// Use as a tunnel: -> zegt("Text.", "neutraal") ->   (gevoel: neutraal, blij or verdrietig)
=== zegt(tekst, gevoel) ===
{
- wie == "mentor" && gevoel == "blij":
  {tekst} # speaker: mentor # mood: blij
- wie == "mentor" && gevoel == "verdrietig":
  {tekst} # speaker: mentor # mood: verdrietig
- wie == "mentor":
  {tekst} # speaker: mentor # mood: neutraal
- wie == "juf" && gevoel == "blij":
  {tekst} # speaker: juf # mood: blij
- wie == "juf" && gevoel == "verdrietig":
  {tekst} # speaker: juf # mood: verdrietig
- wie == "juf":
  {tekst} # speaker: juf # mood: neutraal
- gevoel == "blij":
  {tekst} # speaker: coach # mood: blij
- gevoel == "verdrietig":
  {tekst} # speaker: coach # mood: verdrietig
- else:
  {tekst} # speaker: coach # mood: neutraal
}
->->

// The adult you chose leaves. Use as a tunnel: -> weg("Text.") ->
=== weg(tekst) ===
{
- wie == "mentor":
  {tekst} # leave: mentor
- wie == "juf":
  {tekst} # leave: juf
- else:
  {tekst} # leave: coach
}
->->

=== function naam() ===
{
- wie == "mentor":
  ~ return "Mrs Yilmaz"
- wie == "juf":
  ~ return "Miss Maud"
- else:
  ~ return "Coach Dennis"
}

=== function naam_groot() ===
{
- wie == "mentor":
  ~ return "Mrs Yilmaz"
- wie == "juf":
  ~ return "Miss Maud"
- else:
  ~ return "Coach Dennis"
}

=== function ze() ===
{
- wie == "coach":
  ~ return "he"
- else:
  ~ return "she"
}

=== function ze_groot() ===
{
- wie == "coach":
  ~ return "He"
- else:
  ~ return "She"
}

=== function haar() ===
{
- wie == "coach":
  ~ return "his"
- else:
  ~ return "her"
}
