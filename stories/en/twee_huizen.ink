# id: twee_huizen
# title: Two homes
# theme: vechtscheiding
# note: This story is about parents who have split up and keep on fighting. The child is stuck in the middle.
# age: 13
# minutes: 7
# cast: mama=Mum, papa=Dad, broer=Thijs, mentor=Mr Kessels, vriendin=Noa
INCLUDE common.ink

-> begin

VAR boodschap = false

=== begin ===
It is Sunday afternoon in Sittard. You are at Dad's. # bg: keuken # music: rustig
Your parents split up two years ago.
One week you live with Dad in Sittard. The other week with Mum in Maastricht.
Your big brother Thijs comes along. He is sixteen.
Today is changeover day. Your bag is already waiting by the door.
Dad puts down his coffee. He looks at you.
Will you tell your mother she has to pay half of your football boots? # speaker: papa # mood: neutraal
I'm not paying for everything. She should know that. # speaker: papa # mood: boos
Typical of your mother. Always leaving everything to me. # speaker: papa
Your stomach tightens. You love Dad. And Mum too. # music: gespannen
Dad sees your face. He makes his voice softer.
You like it better here too, don't you? You'd rather live with me, right? # speaker: papa # mood: verdrietig
+ [Yes, Dad]
  Yes, Dad. # speaker: ik
  You say it quickly. So he won't be sad. But it doesn't feel fair to Mum.
+ [I don't know]
  I don't know. # speaker: ik
  Dad sighs. He doesn't say anything else. You feel guilty. Even though you did nothing wrong.
+ [I don't want to choose]
  I don't want to choose. # speaker: ik
  Dad looks away for a moment. I get it, he says. But you can see he is sad.
- And then there is the message about the boots. What do you do?
+ [You say you will pass on the message]
  ~ boodschap = true
  -> voordeur
+ [You ask if Dad wants to ask Mum himself]
  -> zelf_zeggen

=== voordeur ===
OK. I'll tell her. # speaker: ik
Dad drives you to Maastricht. It takes half an hour. # bg: straat # music: gespannen
In the car nobody says anything. Thijs has his earbuds in.
Mum is already waiting at the front door. # enter: mama
You get out. You give Mum a hug.
Dad says you have to pay half of my football boots. # speaker: ik
Mum's face goes hard. She looks past you. At the car.
He says that? Through you? # speaker: mama # mood: boos
She walks over to the car. Dad opens his window.
Then it starts. Quietly at first. Then louder and louder.
"Do you have to use our child for this?" Mum shouts.
"You never answer when I call!" Dad shouts back.
The neighbour is looking out of his window. You wish the ground would swallow you up.
Thijs takes your arm. # enter: broer
Come on. Let's go inside. # speaker: broer # mood: boos
Behind you a car door slams. Dad drives off fast. # sfx: deur_hard
Mum comes inside. Her eyes are wet. # bg: woonkamer
Sorry, love. This is not your fault. # speaker: mama # mood: verdrietig
But your father, honestly. Always through you. # speaker: mama # mood: boos
You say nothing. You brought the message. It still feels as if it is your fault.
It is not. Adults should pass on their own messages.
-> rustmoment ->
-> avond

=== zelf_zeggen ===
Dad, can you ask Mum that yourself? # speaker: ik
I don't want to be the messenger. # speaker: ik
Dad looks surprised. Then he sighs deeply.
You're right. That is not your job. Sorry. # speaker: papa # mood: verdrietig
He picks up his phone and sends Mum a message himself. # sfx: melding
You feel relieved. But also a bit scared. What is he writing?
Dad drives you to Maastricht. He drops you off at the corner of the street. # bg: straat
He doesn't want to see Mum. Mum doesn't want to see him either.
You and Thijs walk the last bit together. # enter: broer
At Mum's it smells of soup. She gives you a big hug. # bg: keuken # enter: mama
Mum serves the soup. Then she starts asking questions.
Was that Sandra there again? Dad's new girlfriend? # speaker: mama # mood: neutraal
What does she actually do? Does she sleep there? # speaker: mama
You feel like a spy. You don't want to choose what to tell.
+ [You tell what you know]
  Yes. She was there on Saturday. She's quite nice. # speaker: ik
  Nice, is she? # speaker: mama # mood: boos
  Mum doesn't say anything else. She stirs her soup hard. You wish you hadn't said it.
  But you did nothing wrong. Mum should not have asked you this.
+ [You say you don't want to tell]
  Mum, I don't want to tell you that. You should ask Dad. # speaker: ik
  Mum stops stirring. She is quiet for a moment.
  You're right. That's not fair of me. Sorry, sweetheart. # speaker: mama # mood: verdrietig
  She strokes your hair. It feels nice. But also a bit sad.
- -> avond

=== avond ===
In the evening you are lying on your bed. Thijs is sitting on the floor with his phone. # bg: slaapkamer # music: verdrietig # enter: broer
Why do they act like this? # speaker: ik
Thijs shrugs.
Don't know. They're still angry with each other. # speaker: broer # mood: neutraal
I just don't join in any more. I tell them both: I don't know anything. # speaker: broer
That's why I'm at football so much. # speaker: broer # mood: verdrietig
You look at him. Your tough brother finds it hard too.
It's not our fault, you know. That they fight. # speaker: broer # mood: neutraal
Parents are allowed to split up. It happens in lots of families.
But children should not be stuck in the middle. In Dutch that is called "klem zitten": being caught in between.
You are caught in between when you have to pass on messages. Or have to choose. Or keep hearing how stupid the other parent is.
Are you sometimes caught in between your parents? For example as a messenger, or because you have to choose? # mirror: vechtscheiding
+ [No, never]
  ~ mirror("vechtscheiding", "nooit")
+ [Sometimes]
  ~ mirror("vechtscheiding", "soms")
+ [Often]
  ~ mirror("vechtscheiding", "vaak")
+ [I'd rather not say]
  ~ mirror("vechtscheiding", "liever_niet")
- Thank you. Whatever you chose: you are allowed to love both your parents.
-> school

=== school ===
Tuesday. The last lesson is with your mentor, Mr Kessels. # bg: klas # sfx: schoolbel # music: rustig
Next week we have the report meetings. # speaker: mentor # mood: blij
Bring your parents. Both of them, if you can. # speaker: mentor
You go cold. Last year Dad and Mum had a fight. In the corridor. Everyone heard it.
You stare at your timetable. You don't hear anything else in the lesson.
The bell rings. You slowly pack your bag. # sfx: schoolbel
Mr Kessels comes over to you.
Hey. You looked so worried just now. Are you OK? # speaker: mentor # mood: neutraal
+ [You tell Mr Kessels how things are at home]
  -> mentor
+ [You say you are fine and go and find Noa]
  -> noa

=== mentor ===
Mr Kessels takes you to the mentor room. He closes the door. # bg: mentorkamer # sfx: deur
You tell him. About the two homes. About the messages. About the report meeting.
{ boodschap:
    And about Sunday. About the fight by the car. And that the neighbour was watching.
- else:
    And about Mum's questions. And that you feel like a spy.
}
Mr Kessels listens. He doesn't interrupt you.
Thank you for telling me this. That is not easy. # speaker: mentor # mood: neutraal
It sounds like you are caught in between. Between two people you love. # speaker: mentor
That is very hard. And it is not your fault. # speaker: mentor
You don't have to choose. And you don't have to pass on messages. # speaker: mentor
Can't they just act normal? # speaker: ik
That would be nice, wouldn't it. # speaker: mentor # mood: verdrietig
Sometimes parents need help with that. There are people who specialise in it. # speaker: mentor
They help parents make agreements without fighting. # speaker: mentor
Shall I talk to your parents? First with Dad, then with Mum. Separately. # speaker: mentor
And we'll do the report meeting separately too. Then nobody has to shout in the corridor. # speaker: mentor # mood: blij
You nod. It feels as if a heavy backpack falls off your shoulders. # music: hoopvol
I will keep telling you what I do. Nothing behind your back. # speaker: mentor
-> einde_mentor

=== noa ===
I'm fine. # speaker: ik
You walk outside quickly. Noa is waiting by the bike racks. # bg: schoolplein # music: rustig # enter: vriendin
Noa sees it straight away.
What's up? You look like you failed a test. # speaker: vriendin # mood: neutraal
You tell her about the report meeting. And about the fights.
My parents are divorced too. # speaker: vriendin # mood: neutraal
They're not always friends. But on my birthday they just sit at the table together. # speaker: vriendin
They never say anything nasty about each other. Not when I'm around. # speaker: vriendin
You look at her in surprise. Is that possible too?
It's not OK that you're always stuck in the middle. # speaker: vriendin # mood: boos
Maybe you should tell them. Together with Thijs? Or in a letter? # speaker: vriendin
+ [You write a letter to Dad and Mum]
  -> einde_brief
+ [You ask Thijs to talk with Dad and Mum together]
  -> einde_samen

=== einde_mentor ===
Two weeks later. The report meeting is over. # bg: mentorkamer # music: rustig
Dad came at four o'clock. Mum at half past four. Nobody shouted.
Mr Kessels has talked with both of them. Separately.
They are going to see a mediator together. That is someone who helps people make agreements without fighting.
It is not solved yet. Sometimes Dad still says something nasty about Mum. Or the other way round.
But now you say: I don't want to hear that. And Mr Kessels knows about it. # music: hoopvol
You can love Dad. And Mum. Both at the same time. Without choosing.
-> reflectie

=== einde_brief ===
That evening you write a letter. Twice, exactly the same. # bg: slaapkamer # music: rustig
One for Dad. One for Mum.
You write: "I love you both. I don't want to choose."
"I don't want to pass on messages any more. And I don't want to hear anything nasty about the other one."
You put the letter on Mum's pillow. Your heart is pounding.
That evening Mum knocks on your door. She has the letter in her hand. # sfx: deur # enter: mama
I've read it. # speaker: mama # mood: verdrietig
I'm sorry. I didn't know it was so hard for you. # speaker: mama
I'm going to call Dad. Myself. We are going to look for help. You don't have to sort anything out. # speaker: mama # mood: neutraal
A day later Dad sends a message: "Read your letter. Sorry. I love you." # sfx: melding # music: hoopvol
It is not solved yet. But you said what you need. That is very strong.
-> reflectie

=== einde_samen ===
On Saturday you and Thijs are sitting in the kitchen at Mum's. # bg: keuken # music: gespannen
Thijs starts. He is nervous, you can see it in his hands. # enter: broer
Mum, we want to say something. We don't want to pass on messages any more. # speaker: broer # mood: neutraal
And we don't want to hear how stupid Dad is. # speaker: ik
Mum is quiet. Then she nods slowly. # enter: mama
You're right. That is not your job. # speaker: mama # mood: verdrietig
A week later you say the same thing to Dad. In Sittard. # bg: woonkamer
Dad rubs his face. For a moment he is very quiet.
I never wanted to hurt you. I'm going to do it differently. # speaker: papa # mood: verdrietig
I'm going to talk with Mum. Without you in the middle. Maybe with someone who helps us. # speaker: papa # mood: neutraal
Thijs gives you a gentle nudge. Well done, he says quietly. # music: hoopvol
Parents are allowed to be apart. But you don't have to stand in between them.
-> reflectie
