# id: vriend_vertelt
# title: My friend told me something
# theme: getuige_huiselijk_geweld
# kind: oefenen
# note: This is a practice. A friend tells you that his father hits his mother at home. You do not see any violence. You practise what you can do.
# age: 10
# minutes: 5
# cast: vriend=Finn, coach=Coach Dennis, mama=Mum
INCLUDE common.ink

-> begin

=== begin ===
It is Thursday evening. Training has just finished. # bg: sportclub # music: rustig # sfx: fluit
Your friend Finn is sitting next to you on the bench. He ties his laces very slowly.
Finn has been your best friend for years. But lately he is different.
Quiet. Tired. And he never wants to meet up at his house any more.
Shall we walk home together? # speaker: ik
OK. # speaker: vriend # mood: verdrietig
You walk down the street. It is already getting dark. # bg: straat # sfx: voetstappen
At the corner Finn stops. # music: gespannen
Can I tell you something? # speaker: vriend # mood: bang
But you have to promise not to tell anyone. Really nobody. # speaker: vriend
What do you say?
+ ["I promise."]
  -> beloven
+ ["I'll listen. But I can't promise everything."]
  -> eerlijk

=== beloven ===
I promise. # speaker: ik
Finn nods. He looks at the ground.
-> vertelt

=== eerlijk ===
I'll listen to you. That I do promise. # speaker: ik
But if it's something bad, I can't keep it secret. # speaker: ik
Then I want an adult to help us. # speaker: ik
Finn hesitates. For a moment you think he will walk away.
That scares me. # speaker: vriend # mood: bang
I won't do anything behind your back. That I do promise. # speaker: ik
Finn sighs. Then he nods.
-> vertelt

=== vertelt ===
My dad often gets really angry. At my mum. # speaker: vriend # mood: verdrietig
Then he shouts. And sometimes he hits her. # speaker: vriend
I lie in bed. I hear everything through the wall. # speaker: vriend
Yesterday too. I hardly slept. # speaker: vriend
You are shocked. You did not expect this. # music: verdrietig
For a moment you do not know what to say. # discuss: What would you say if a friend told you this?
What do you do?
+ [Listen and ask how he is doing]
  -> luisteren
+ ["You're joking! Your dad is always so nice."]
  -> niet_geloven
+ ["I'm going to talk to your dad. This has to stop!"]
  -> oplossen

=== luisteren ===
You sit down next to Finn on a low wall. At first you say nothing.
That's awful for you. How are you doing now? # speaker: ik
Finn shrugs. Then he starts to cry.
I'm so scared. For my mum. # speaker: vriend # mood: verdrietig
And I think it's my fault. # speaker: vriend
It's not your fault. Really not. I believe you. # speaker: ik
That is exactly right. Listening is the most important thing.
You do not need to have a solution straight away.
-> wat_nu

=== niet_geloven ===
You're joking! Your dad is always so nice. # speaker: ik
Finn looks at you. His eyes fill with tears.
See? Nobody believes me. # speaker: vriend # mood: boos
He turns around. He wants to walk away.
You said that because you were shocked. That happens.
But someone can be nice outside and use violence at home. Both can be true.
Finn, wait. Sorry. I was just shocked. I believe you. # speaker: ik
Finn stops. Slowly he comes back.
Really? # speaker: vriend # mood: verdrietig
Really. And it's not your fault. # speaker: ik
Good that you put it right. Believe your friend. Take him seriously.
-> wat_nu

=== oplossen ===
I'm going to talk to your dad. This has to stop! # speaker: ik
No! You can't do that! # speaker: vriend # mood: bang
Then he'll know I told. Then it'll get worse. # speaker: vriend
Finn grabs your arm. He is really scared.
You wanted to help. That is kind of you.
But you cannot solve this on your own. And it is not your job.
It could even be dangerous. For Finn and for you.
OK. I won't do it. Sorry. # speaker: ik
I believe you. And it's not your fault. # speaker: ik
-> wat_nu

=== wat_nu ===
Finn wipes away his tears. # music: rustig
You can feel it: this is too heavy. For him. And for you.
{beloven:
  But you promised not to say anything. What now?
  You may still tell a heavy secret. Even after a promise.
  That is not betrayal. That is getting help for your friend.
- else:
  Luckily you did not promise anything. Now you can be honest.
}
Finn, this is too big for the two of us. # speaker: ik
I want an adult to help us. I won't do anything behind your back. # speaker: ik
Finn looks scared. But he does not say no.
What do you suggest? # discuss: Finn wants you to keep a heavy secret. What would you do?
+ [Go to Coach Dennis together]
  -> samen_coach
+ [Tell your own mum at home]
  -> mama_vertellen
+ [Call De Kindertelefoon yourself first]
  -> kindertelefoon

=== samen_coach ===
Shall we tell Coach Dennis? We both trust him. # speaker: ik
I'll come with you. You don't have to say it alone. # speaker: ik
Finn thinks for a long time. Then he nods.
But you stay sitting next to me, OK? # speaker: vriend # mood: bang
-> einde_samen

=== mama_vertellen ===
I want to tell my mum. She knows what we can do. # speaker: ik
I'll keep telling you what happens. I won't do anything in secret. # speaker: ik
Finn bites his lip.
OK. As long as she doesn't go to my dad. # speaker: vriend # mood: bang
-> einde_mama

=== kindertelefoon ===
First I want to ask what's smart to do. I'll call De Kindertelefoon. # speaker: ik
Will you say my name? # speaker: vriend # mood: bang
No. You don't have to give any names there. # speaker: ik
-> einde_kindertelefoon

=== einde_samen ===
Saturday after the match. The changing room is empty. # bg: sportclub # music: rustig
Coach, can we talk to you for a moment? # speaker: ik
Of course. Sit down. # speaker: coach # mood: neutraal
Finn looks at you. You nod. Then he starts to talk.
It goes slowly. Sometimes you help a little.
Coach Dennis listens. He does not get angry. He does not ask why.
Thank you, Finn. I believe you. It is not your fault. # speaker: coach # mood: verdrietig
And good that you came with him. That's what a real friend does. # speaker: coach # mood: blij
Do I have to leave home now? # speaker: vriend # mood: bang
Usually not. Most help simply comes to your family. # speaker: coach # mood: neutraal
I won't do anything without talking it over with you first, Finn. # speaker: coach
I want to ask Veilig Thuis for advice. Together with you. # speaker: coach
They listen, give advice and can arrange help. For your parents too. # speaker: coach
Finn sighs deeply. His shoulders drop. # music: hoopvol
He no longer carries this heavy secret alone. And neither do you.
How do you feel?
+ [Relieved]
  Relieved. Now an adult is helping too.
+ [Still a bit worried]
  Worried. That makes sense. It will not be over straight away.
  But now Finn is being looked after. Not only by you.
- -> afsluiting

=== einde_mama ===
At home your mum is in the kitchen. # bg: keuken # music: rustig # sfx: deur
Mum? I have to tell you something. About Finn. # speaker: ik
Your mum turns off the radio. She sits down with you. # enter: mama
You tell her everything. Mum is shocked. But she stays calm.
Thank you for telling me this. That was right of you. # speaker: mama # mood: verdrietig
You don't have to solve this. Now we will help. # speaker: mama # mood: neutraal
I won't go to Finn's dad. That could make it worse. # speaker: mama
I'll call Veilig Thuis for advice. Anyone who is worried can call them. # speaker: mama
Neighbours too, and friends and their parents. Even if you are not sure. # speaker: mama
Mum makes the call. You sit next to her. # sfx: telefoon
They listen to Mum. They give advice.
And they can arrange help for Finn's family.
Tomorrow you will tell Finn what Mum has done. That way he knows.
How do you feel?
+ [Relieved]
  Relieved. You no longer have to carry this alone.
+ [Still a bit worried]
  Worried. That makes sense. It will not be over straight away.
  But now Finn is being looked after. Not only by you.
- -> afsluiting

=== einde_kindertelefoon ===
That evening you lie on your bed. You keep thinking about Finn. # bg: slaapkamer # music: rustig
You call De Kindertelefoon, a helpline for children. # sfx: telefoon
Calling is free. You do not have to give your name.
It does not show on the phone bill. But it does show in the call list on your phone.
A woman answers. You tell her about your friend. You do not say his name.
"Good that you called. You can also call us when you are worried about a friend."
"You are a good friend. But you do not have to solve this on your own."
"Is there an adult you both trust?"
You think of Coach Dennis. Together you work out what to say to Finn.
The next day you see Finn in the street. # bg: straat # music: hoopvol
I want to tell Coach Dennis. Preferably together with you. # speaker: ik
Finn is quiet for a moment. Then he nods.
Together, then. # speaker: vriend # mood: neutraal
How do you feel?
+ [Relieved]
  Relieved. The two of you have a plan.
+ [Still a bit worried]
  Worried. That makes sense. It will not be over straight away.
  But soon an adult will help too. Not only you.
- -> afsluiting

=== afsluiting ===
-> rustmoment ->
This was the practice. # music: hoopvol
Does a friend tell you something heavy about home? Then you can do this.
Listen. You do not need to know the answer straight away.
Believe your friend. And say: it is not your fault.
Do not promise to keep a heavy secret.
Do not try to solve it on your own. That is not your job.
Tell an adult you trust. Together, or so that your friend knows.
De Kindertelefoon is also there for friends who are worried.
And anyone who is worried can call Veilig Thuis.
Under 'Help' you can find their numbers.
Is there danger right now? Call 112.
-> reflectie
