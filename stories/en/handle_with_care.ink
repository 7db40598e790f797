# id: handle_with_care
# title: The morning after
# theme: getuige_huiselijk_geweld
# note: This story is about a child who hears the parents having a very bad fight at night, and the police come. The next morning the teacher at school helps, without asking questions.
# age: 10
# minutes: 7
# cast: mama=Mum, papa=Dad, zus=Fenna, meester=Mr Tom, agent=Officer Sam
INCLUDE common.ink

-> begin

=== begin ===
It is Thursday evening in Kerkrade. Quite late. # bg: slaapkamer # music: rustig
You are lying in bed. You are ten. Your little sister Fenna is asleep in the room next to yours.
You were almost asleep. Then you hear voices downstairs. # music: gespannen
Dad and Mum. Quiet at first. Then louder.
Dad shouts something. You can't make out the words.
Mum shouts back. Her voice sounds high and scared.
Something breaks. # sfx: bord
Stop! Stop it! # speaker: mama # mood: bang
Your heart is pounding in your throat. You are wide awake.
This is not the first time. But it has never been this bad.
What do you do?
+ [Stay under your covers]
  -> dekens
+ [Go to Fenna]
  -> fenna
+ [Call 112]
  -> bellen

=== dekens ===
You pull your covers over your head. You squeeze your cuddly toy. # music: stil
You put your hands over your ears. You can still hear it.
Shouting. A door slamming. # sfx: deur_hard
You count in your head. To a hundred. And again.
Then the doorbell rings. # sfx: deurbel
Suddenly it is quiet downstairs. You hear voices you don't know.
Someone has called the police. Maybe the neighbours.
-> agent

=== fenna ===
You creep to Fenna's room. She is sitting up in bed. # enter: zus
I'm scared. # speaker: zus # mood: bang
You crawl under the duvet with her. You put your arms around her.
Shall we sing a song? Very quietly? # speaker: ik # mood: bang
You sing the song about the little gnome. Over and over again. # music: stil
That way you hear less of what's happening downstairs. A little less.
You are scared too. But you don't show it.
Then the doorbell rings. # sfx: deurbel
Suddenly it is quiet downstairs. You hear voices you don't know.
Someone has called the police. Maybe the neighbours.
-> agent

=== bellen ===
You pick up your phone. You have only had it since your birthday. Your hands are shaking.
You know the number. You learned it at school. 1 1 2.
You call. It only takes a moment. # sfx: telefoon
A calm voice asks what is going on.
You whisper.
Dad and Mum are having a really bad fight. Something is breaking. I'm scared. # speaker: ik # mood: bang
The voice asks for your address. You know it by heart.
"You're doing really well. Help is on its way. Stay in your room."
You stay on the line. The voice talks to you calmly. # music: stil
After a few minutes the doorbell rings. # sfx: deurbel
Suddenly it is quiet downstairs. You hear voices you don't know.
You called the police. That was very brave. And it was the right thing to do.
-> agent

=== agent ===
Footsteps on the stairs. # sfx: voetstappen
Someone knocks softly on the door.
A police officer is standing in the doorway. With a friendly face. # enter: agent
{fenna:
  Fenna snuggles closer to you.
}
Hi. I'm Officer Sam. You don't need to be frightened. # speaker: agent # mood: neutraal
It's calm downstairs now. You are safe. # speaker: agent
{bellen:
  Were you the one who called? You did really well. # speaker: agent # mood: blij
}
Is Dad angry with me? # speaker: ik # mood: bang
No. This is not your fault. Not at all. # speaker: agent # mood: neutraal
When grown-ups fight like this, it is never a child's fault. # speaker: agent
My colleague is talking to your dad and mum downstairs. # speaker: agent
Your mum will come up to you soon. Try to get a bit of sleep. # speaker: agent
A little later Mum comes upstairs. Her eyes are red. # leave: agent # enter: mama
She sits on the edge of your bed. She strokes your hair.
Dad is going to sleep at Uncle Rob's for a few nights. It will be all right, love. # speaker: mama # mood: verdrietig
You don't know if that is true. But she stays with you until you fall asleep. # leave: mama
Dad is not always like this. He can be very kind too. You know that.
You can love someone and still be scared of them. Both can be true.
-> rustmoment ->
-> ochtend

=== ochtend ===
The next morning. # bg: keuken # music: rustig
You are so tired. Your eyes sting.
Mum is making sandwiches. She doesn't say much.
At the table, Dad's place is empty.
You don't want to go to school today. And you do. Home is so quiet.
Mum drives you to school. # bg: schoolplein # sfx: schoolbel
In the playground children are running around. Everything is normal. It feels very strange.
Mr Tom is standing at the classroom door. Like every morning. # enter: meester
Good morning! Nice to see you. # speaker: meester # mood: blij
He gives you a high five. And then he looks at you for a moment. Calmly. Kindly.
You're a bit quiet today, aren't you? That's OK. # speaker: meester # mood: neutraal
He doesn't ask why. He doesn't ask anything.
Today you can choose. Would you like to sit quietly in the reading corner first? # speaker: meester
Or just join in? Or would you like to talk to me for a bit? # speaker: meester
+ [The reading corner]
  -> leeshoek
+ [Just join in]
  -> meedoen
+ [Talk to Mr Tom]
  -> praten

=== leeshoek ===
You sit down in the reading corner. On the big cushion. # bg: klas # music: rustig
The other children start on their maths.
Mr Tom brings you a glass of water. And a currant bun.
In case you get hungry. # speaker: meester # mood: neutraal
You pick up a comic. You read the same page three times.
Then your eyes close.
When you wake up, it is already break time. # sfx: schoolbel
There is a blanket over you. Mr Tom is sitting at his desk.
You had a little sleep. I think you needed it. # speaker: meester # mood: blij
He says nothing about maths. He asks nothing about home.
-> einde_stil

=== meedoen ===
You just sit down in your place. # bg: klas
It is a spelling test. Mr Tom reads out the words.
You write. But the letters are dancing. You keep hearing that plate falling.
Your rubber falls on the floor. It gives you a fright. A big one.
Mr Tom comes and stands next to you. He leans down towards you.
You know what? You can do this spelling test next week. # speaker: meester # mood: neutraal
Would you like to water the plants? That's a calm little job. # speaker: meester
You nod. You water all the plants. Even the cactus, which doesn't really need any.
That helps. Your head gets a bit calmer.
-> einde_stil

=== praten ===
Mr Tom asks a colleague to keep an eye on the class for a moment.
You go to the empty classroom next door. # bg: klas
He sits on a little stool. Now he is just as tall as you.
The police came to our house last night. # speaker: ik # mood: verdrietig
Thank you for telling me. You don't have to explain anything. # speaker: meester # mood: neutraal
You can tell me whatever you want. Or nothing. Both are fine. # speaker: meester
You tell him a little. About the shouting. About the plate.
{bellen:
  And that you called 112 yourself.
}
{fenna:
  And that you looked after Fenna.
}
Mr Tom listens. He doesn't get angry. He isn't shocked.
What a horrible night you've had. # speaker: meester # mood: verdrietig
I want you to know something. This is not your fault. # speaker: meester # mood: neutraal
Grown-ups have to sort out their own fights. Not you. # speaker: meester
-> praten_meer

= praten_meer
Is there anything that would help you right now? # speaker: meester
+ [I just don't want to think for a bit]
  I just don't want to think for a bit. # speaker: ik # mood: neutraal
  I understand. Shall we set up the gym together? Then you'll have something to do. # speaker: meester # mood: blij
  You carry mats and balls. After a while you even laugh a little.
+ [I'm scared it will happen again]
  I'm scared it will happen again. # speaker: ik # mood: bang
  That is a very understandable fear. # speaker: meester # mood: neutraal
  There are people who can help your family. So that home becomes safe again. # speaker: meester
  And if it happens again, you can always call 112. # speaker: meester
- I'd like to talk about this with Miss Mariëlle. She is our pupil support teacher. # speaker: meester # mood: neutraal
That is someone at school who helps when things are hard at home or at school. # speaker: meester
I will talk with you about what we do. Nothing will happen behind your back. # speaker: meester
-> einde_verteld

=== einde_stil ===
The day goes by slowly. # music: hoopvol
At three o'clock the bell rings. # sfx: schoolbel
Mr Tom waves goodbye to you at the door.
I'll be here again tomorrow. If you want to talk, you can. You don't have to. # speaker: meester # mood: blij
On the way home you think.
Did Mr Tom know? About last night?
Maybe. He didn't ask anything. But he was there. He was extra kind all day.
That felt good. As if someone put a blanket over you.
-> uitleg

=== einde_verteld ===
At three o'clock the bell rings. # sfx: schoolbel # music: hoopvol
Fenna is already in the playground. Today Gran is picking you up. # bg: schoolplein # enter: zus
Mr Tom walks with you to the gate.
Tomorrow we'll talk some more, with Miss Mariëlle there too. If you want. # speaker: meester # mood: blij
You still feel tired. But less alone.
You take Fenna's hand. Together you walk over to Gran.
-> uitleg

=== uitleg ===
This story is made up. But it really happens. # music: rustig
In Zuid-Limburg, the south of Limburg, the school sometimes gets a quiet signal from the police.
That happens when the police have been to a family with children.
The school only hears that something happened. Not what happened.
That way the teacher can take extra good care of you. It is called Handle with Care. # discuss: What would help you at school after a night like that?
Seeing or hearing your parents hurt each other or scare each other is very hard.
That is why it also counts as child abuse. Even if nobody hurts you yourself.
It is never your fault.
Now a question about you. You don't have to say anything.
The game does not send your answer anywhere.
Do you ever see or hear someone at home hitting, threatening or scaring someone else? # mirror: getuige_huiselijk_geweld
+ [No, never]
  ~ mirror("getuige_huiselijk_geweld", "nooit")
+ [Once]
  ~ mirror("getuige_huiselijk_geweld", "een_keer")
+ [Sometimes]
  ~ mirror("getuige_huiselijk_geweld", "soms")
+ [Often]
  ~ mirror("getuige_huiselijk_geweld", "vaak")
+ [I'd rather not say]
  ~ mirror("getuige_huiselijk_geweld", "liever_niet")
+ [It is happening now and I am not safe]
  ~ danger()
  ~ mirror("getuige_huiselijk_geweld", "vaak")
- Thank you for thinking about this.
If a fight at home gets so bad that you are scared, you can always call 112.
And it is never your fault.
-> reflectie
