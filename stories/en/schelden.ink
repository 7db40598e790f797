# id: schelden
# title: Words that stay
# theme: emotionele_mishandeling
# note: This story is about a mother who keeps calling her child names, putting them down and scaring them. Nobody gets hit.
# age: 13
# minutes: 7
# cast: mama=Mum, zus=Mila, vriend=Daan, mentor=Mrs Aydin
INCLUDE common.ink

-> begin

=== begin ===
Monday morning in Venlo. # bg: keuken # music: rustig
You are thirteen. You live with Mum and your little sister Mila. Mila is eight.
You come into the kitchen. Mum is drinking coffee. She looks at the clock. # sfx: klok
Only getting up now? Lazy pig. # speaker: mama # mood: boos # music: gespannen
Mila gets a kiss and a sandwich with chocolate sprinkles.
You make your own sandwich. You say nothing.
Tuesday. # bg: woonkamer
You show your school report. A five out of ten for maths.
Of course. Stupid child. You didn't get that from me. # speaker: mama # mood: boos
Wednesday. # bg: keuken
You forget to put the rubbish bag outside.
You're good for nothing. I'm ashamed of you. # speaker: mama
If you carry on like this, I'll put you in a children's home. # speaker: mama
You don't know if she means it. You don't dare to ask.
It has been like this for a very long time. Not every day. But very often.
Mum works long days in a big warehouse. She is often tired.
Sometimes she is kind too. Then you watch a series together on the sofa.
Those are the good evenings. You are always waiting for them.
-> donderdag

=== donderdag ===
Thursday afternoon. Daan comes round to do homework with you. # bg: woonkamer # music: rustig
Daan sits next to you in class. He is funny and good at maths.
You are sitting at the table. Daan explains a sum. For the first time, you get it.
Then the front door opens. # sfx: deur_hard
Mum is home early. # enter: mama
She looks at the books on the table. And at Daan.
Oh, homework? Good luck, Daan. # speaker: mama # mood: neutraal # music: gespannen
Don't mind my kid. Never understands anything. # speaker: mama # mood: boos
Hopeless case. Always has been. # speaker: mama
Daan looks at his exercise book. His ears turn red.
Your face is burning. You wish you could disappear.
What do you do?
+ [Say nothing and go to your room with Daan]
  -> met_daan
+ [Talk back to Mum]
  -> terugpraten
+ [Ask Daan to go home]
  -> daan_weg

=== met_daan ===
Come on, let's go upstairs. # speaker: ik # mood: verdrietig
You pick up your books. Daan follows you. # bg: slaapkamer # sfx: deur # leave: mama
For a while neither of you says anything. Daan sits on your desk chair.
Does your mum say things like that a lot? # speaker: vriend # mood: verdrietig
You shrug.
That's just how she is. # speaker: ik # mood: neutraal
Daan spins round once on the chair. Then he stops.
My mum gets angry sometimes too. But she never says things like that. # speaker: vriend # mood: neutraal
You're not stupid, you know. You just got that sum. # speaker: vriend # mood: blij
You don't know what to say. You just nod.
But you feel warm inside. Someone noticed.
-> avond

=== terugpraten ===
Why would you say that? Daan is here! # speaker: ik # mood: boos
Mum's eyes narrow.
What did you say? Are you giving me cheek? # speaker: mama # mood: boos
One more word and you can pack your bags. # speaker: mama
Daan quickly grabs his bag.
I have to, er ... go home. Bye. # speaker: vriend # mood: bang
The front door shuts behind him. # sfx: deur # leave: vriend
You run upstairs. # bg: slaapkamer # leave: mama
You sit on the floor with your back against the door.
Tomorrow the whole class will know. That's what you think.
You did nothing wrong. You only said what you felt. That is allowed.
-> avond

=== daan_weg ===
Daan, maybe it's better if you go home. # speaker: ik # mood: verdrietig
Daan looks at you. Then he nods.
OK. See you tomorrow. I'll text you. # speaker: vriend # mood: neutraal
He leaves. # sfx: deur # leave: vriend
You go to your room. You feel ashamed. # bg: slaapkamer # leave: mama
Of Mum. And of yourself. Even though you don't know why.
Then Mila comes in. She has her reading book with her. # enter: zus
Mum is angry again, isn't she? # speaker: zus # mood: verdrietig
You're not stupid. You always help me with reading. # speaker: zus
She snuggles up next to you. You read a chapter together.
Your phone buzzes. A message from Daan. # sfx: melding
Are you OK? That really wasn't OK of your mum. # speaker: vriend # mood: verdrietig
-> avond

=== avond ===
That night you lie awake for a long time. # bg: slaapkamer # music: verdrietig
In your head you hear Mum's words. Stupid. Lazy. Hopeless.
Maybe she's right, you think. Maybe I really am like that.
When someone says something very often, you start to believe it.
But it is not true.
Words don't leave bruises. Still, they can hurt a lot.
A parent who keeps calling a child names, putting them down or scaring them: that is not OK.
It is called emotional abuse. # discuss: What is the difference between shouting angrily once and calling someone names again and again?
Even when the parent is tired. Even when the parent is sometimes kind.
And it is never the child's fault.
-> rustmoment ->
-> vrijdag

=== vrijdag ===
Friday, mentor lesson. # bg: klas # sfx: schoolbel # music: rustig
You get your maths test back. You got a four out of ten.
You stuff the paper into your bag.
I'm just stupid. # speaker: ik # mood: verdrietig
You say it quietly. But Mrs Aydin hears it. She is your mentor, the teacher who looks after your class.
After the lesson she asks you to stay for a minute.
I heard you say something. That you're stupid. # speaker: mentor # mood: neutraal
That is a harsh thing to say. Do you often say that about yourself? # speaker: mentor
You look at your shoes. What do you do?
+ [Tell her what Mum says at home]
  -> vertellen
+ [Say it was just a joke]
  -> grapje

=== vertellen ===
Mrs Aydin takes you to the mentor room. # bg: mentorkamer
She closes the door and puts down two cups of tea.
Go ahead. We have time. # speaker: mentor # mood: neutraal
You tell her about Monday. About the report. About the rubbish bag.
About Daan. And about the children's home.
It's been going on for so long. I thought it was normal. # speaker: ik # mood: verdrietig
Mrs Aydin listens. She does not interrupt you.
Thank you for telling me this. That is brave. # speaker: mentor
What you are telling me does not sound normal. You don't deserve to be called those things. # speaker: mentor
It is not your fault. # speaker: mentor
Mum says I'll have to go to a children's home if I carry on like this. # speaker: ik # mood: bang
That is a very scary thing to hear. # speaker: mentor # mood: verdrietig
But children don't just get taken away from home. # speaker: mentor # mood: neutraal
Most of the time the family gets help. And you just keep living at home. # speaker: mentor
What are you going to do now? # speaker: ik
I would like to ask our school counsellor to join us. # speaker: mentor
That is someone at school who helps when things are not good at home. # speaker: mentor
Maybe we will also ask Veilig Thuis for advice. That is the Dutch helpline for safety at home. # speaker: mentor
They listen, give advice and can arrange help for your family. # speaker: mentor
I can't keep this a secret. But I won't do anything behind your back. # speaker: mentor
We will talk through every step together first. # speaker: mentor # mood: blij
-> einde_mentor

=== grapje ===
Oh, that was just a joke, Miss. # speaker: ik # mood: neutraal
Mrs Aydin looks at you for a moment. She doesn't quite believe you.
OK. But listen. You are not stupid. # speaker: mentor # mood: neutraal
A four on a test says nothing about who you are. # speaker: mentor
If something is wrong, at home or at school, my door is open. # speaker: mentor
That evening you lie on your bed. The house is quiet. # bg: slaapkamer # music: verdrietig # leave: mentor
You pick up your phone. You think about De Kindertelefoon, a helpline for children.
You can chat with them for free. You don't have to give your name.
What do you do?
+ [Open the chat]
  -> einde_chat
+ [Put your phone away]
  -> einde_later

=== einde_mentor ===
It is the weekend. # bg: woonkamer # music: hoopvol
At home nothing has changed yet. Mum grumbles about the washing-up.
But something has changed. Inside you.
Now you know: it is not because of you.
Your phone buzzes. A message from Daan. # sfx: melding
Want to play football on Saturday? # speaker: vriend # mood: blij
You type back: yes!
On Monday you will talk to Mrs Aydin again. You are not alone any more.
-> spiegel

=== einde_chat ===
You open the chat on the Kindertelefoon website. # music: rustig
You don't have to call. You don't have to give your name.
A little later a message comes from someone who works there.
"Hi! Good to have you here. What would you like to talk about?"
You type slowly. You tell them about Mum. About the words. # sfx: melding
The answer comes calmly.
"It's really good that you're telling me this. That sounds awful."
"Nobody is allowed to say things like that to you. Not even your mum."
"It is not your fault."
You chat for half an hour. About Mum. About school. About Daan.
They ask who you trust at school. You think of Mrs Aydin.
"Maybe you could tell her. Would you like to practise what to say?"
Together you practise one sentence: "Mrs Aydin, things aren't good at home." # music: hoopvol
It feels as if a stone has been lifted off your chest.
-> spiegel

=== einde_later ===
You put your phone under your pillow. Not yet. # music: rustig
That is OK. You decide when you are ready.
Then your door opens. Mila sneaks in. # sfx: deur # enter: zus
Can I sleep with you? # speaker: zus # mood: neutraal
She snuggles up next to you. She is asleep again in no time.
You take a pen and a piece of paper. You write down what you are good at. # music: hoopvol
Reading to Mila. Football. Drawing. Making jokes.
The list is longer than you thought.
Mum's words are not the truth about you.
Maybe on Monday you will knock on Mrs Aydin's door. Her door is open.
-> spiegel

=== spiegel ===
This story is made up. But it really happens, in many families. # music: rustig
So you are not the only one.
Every family gets angry sometimes. That is normal.
But calling names, laughing at someone or scaring them again and again is not normal.
Now a question about you. You don't have to say anything.
The game does not send your answer anywhere.
Do you ever get called names, laughed at or scared at home? # mirror: emotionele_mishandeling
+ [No, never]
  ~ mirror("emotionele_mishandeling", "nooit")
+ [Sometimes]
  ~ mirror("emotionele_mishandeling", "soms")
+ [Often]
  ~ mirror("emotionele_mishandeling", "vaak")
+ [I'd rather not say]
  ~ mirror("emotionele_mishandeling", "liever_niet")
+ [It is happening now and I am not safe]
  ~ danger()
  ~ mirror("emotionele_mishandeling", "vaak")
- Thank you for thinking about this.
Whatever anyone says to you: you are not stupid, lazy or hopeless.
And it is never your fault.
-> reflectie
