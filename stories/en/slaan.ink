# id: slaan
# title: A slap
# theme: lichamelijke_mishandeling
# note: This story is about a father who hits his child. You do not see the hitting, but you notice what it does.
# age: 10
# minutes: 8
# cast: papa=Dad, zus=Lotte, vriendin=Sara, juf=Miss Anouk
INCLUDE common.ink

-> begin

=== begin ===
It is Tuesday evening in Sittard. # bg: keuken # music: rustig
You are sitting at the kitchen table doing your homework.
Fractions. Not your favourite subject.
Your little sister Lotte sits next to you. She is six. She is drawing. # enter: zus
Look! I'm drawing you. With a crown! # speaker: zus # mood: blij
You laugh. In the drawing you have very long arms.
Then the front door opens. # sfx: deur_hard # music: gespannen
Dad is home. You can tell right away by his footsteps.
He has had a bad day.
Why is everything lying around again? # speaker: papa # mood: boos
Dad throws his coat over a chair.
There are exercise books and felt-tip pens all over the table.
Tidy up. We're going to eat. # speaker: papa
Dad, look, my drawing ... # speaker: zus # mood: bang
Not now, Lotte. # speaker: papa
Lotte says nothing more. She hides the drawing under her plate.
You eat macaroni. Nobody talks. # sfx: klok
You only hear the clock. And the forks on the plates.
After dinner you help clear the table.
You pick up three plates at once. You always do that.
But this time one slips. # sfx: bord # pause: 800
The plate falls on the floor. It breaks into three pieces.
Dad stands up. His chair scrapes hard across the floor.
Can't you ever pay attention? # speaker: papa # mood: boos
Your heart is pounding. What do you do?
+ [Say sorry and pick up the pieces]
  -> keuken_klap
+ [Run away to your room]
  -> kamer_klap

=== keuken_klap ===
Sorry, Dad. It was an accident. # speaker: ik # mood: bang
You bend down and pick up the pieces. Your hands are shaking.
Dad comes and stands next to you. He seems very big.
Dad, don't ... # speaker: zus # mood: bang
You close your eyes. # music: stil
It happens very fast. # pause: 1500
Then the kitchen is quiet.
Your cheek is burning. It is warm and red.
Look what you made me do. # speaker: papa # mood: boos
Dad walks to the living room. The TV goes on, loud. # leave: papa
Lotte is crying softly. You sweep the pieces together.
Then you go upstairs. # leave: zus
-> nacht

=== kamer_klap ===
You run up the stairs. You shut your door. # bg: slaapkamer # sfx: deur # leave: zus
You sit down on your bed. You listen.
Footsteps are coming up the stairs. # sfx: voetstappen
Heavy. Slow. Closer and closer.
Your door opens. # sfx: deur_hard # music: stil
Don't you walk away when I'm talking to you! # speaker: papa # mood: boos
Dad grabs your arm. Hard.
What happens next happens very fast. # pause: 1500
Then it is quiet.
Dad stands in the doorway. He is breathing heavily.
Look what you made me do. # speaker: papa
He walks away. Your door stays open. # leave: papa
Your arm hurts where he grabbed you.
Your cheek is warm and red.
Downstairs, Lotte is crying.
-> nacht

=== nacht ===
It is night. # bg: slaapkamer # music: verdrietig # sfx: klok
You are lying in bed, but you can't sleep.
You hear the clock ticking. And the TV downstairs.
You think about what Dad said. Look what you made me do.
Was it your fault? {keuken_klap: Because the plate fell?}{kamer_klap: Because you ran away?}
No. {keuken_klap: Everybody drops something sometimes.}{kamer_klap: Running away when you are scared is very normal.}
Hitting a child is never OK. Not even when you do something wrong. # discuss: Dad says: look what you made me do. What do you think about that?
It is not your fault.
Then your door opens softly. # sfx: deur
Can I sleep with you? # speaker: zus # mood: bang
Lotte crawls in next to you. Her feet are ice cold.
Is Dad still angry? # speaker: zus # mood: verdrietig
You don't know. You stroke her hair.
And you? How do you feel right now?
+ [Scared]
  You are scared. Scared of tomorrow. Scared that it will happen again.
  That is very normal. Being scared means: something here is not right.
+ [Angry]
  You are angry. At Dad. And a little bit at yourself too.
  It is OK to be angry. But you did nothing wrong.
+ [Sad]
  You are sad. You just want Dad to be kind.
  It is OK to feel sad. Even if you don't show it to anyone.
+ [Confused]
  You are confused. You don't understand what happened.
  That is very normal. It is confusing.
+ [I'd rather not say]
  That is fine. You don't have to say anything.
  Whatever you feel, it is OK to feel it.
- Dad is not always like this.
On Sundays he makes pancakes. Then he laughs at your jokes.
You love him. And you are scared of him.
Both at the same time. That can happen.
Lotte is already asleep. You hold her hand.
-> rustmoment ->
-> ochtend

=== ochtend ===
The next morning. # bg: badkamer # music: rustig
You look in the mirror.
Your cheek is not so red any more. But you can still feel it.
{kamer_klap: There is a bruise on your arm. You put on a jumper with long sleeves.}
You go downstairs. # bg: keuken
Good morning. Did you sleep well? # speaker: papa # mood: neutraal
Dad is making sandwiches for you both. He acts very normal.
As if nothing happened. That is strange. And confusing.
You take your bag and set off for school. # bg: straat # leave: papa
On the way you think. What will you do today? # discuss: What would you do? And who would you tell?
+ [I'll tell Sara. She is my best friend.]
  -> sara
+ [I won't say anything. Nobody needs to know.]
  -> zwijgen
+ [I'll go straight to Miss Anouk.]
  -> naar_juf

=== sara ===
Sara is standing on the corner. She waits for you every day.
Hi! Did you finish the fractions? I didn't get them at all. # speaker: vriendin # mood: blij
You say nothing. Sara looks at you.
What's wrong? You look so different. # speaker: vriendin # mood: neutraal
You take a deep breath.
Dad hit me yesterday. # speaker: ik # mood: verdrietig
Sara stops walking. For a moment she says nothing.
What? He's not allowed to do that! # speaker: vriendin # mood: bang
Are you OK? Does it hurt? # speaker: vriendin # mood: verdrietig
A bit. Don't tell anyone, OK? # speaker: ik
Sara bites her lip.
This scares me. I don't know what to do. # speaker: vriendin
This is too big for just the two of us. Shall we tell Miss Anouk together? # speaker: vriendin
+ [Yes. But only together.]
  -> sara_ja
+ [No. Not yet.]
  -> sara_nee

=== sara_ja ===
OK. I'll come with you. # speaker: vriendin # mood: neutraal
Sara takes your hand. Together you walk onto the playground. # bg: schoolplein # music: hoopvol
Miss Anouk is standing by the door. She sees you coming.
Good morning, you two. You look so serious. # speaker: juf # mood: neutraal
Miss, we want to tell you something. It's important. # speaker: vriendin
Miss Anouk nods.
Come inside with me. # speaker: juf
-> juf_gesprek

=== sara_nee ===
Sara looks at you for a long time.
OK. I won't tell the whole class. # speaker: vriendin # mood: verdrietig
But I do think a grown-up should know. # speaker: vriendin
My mum says you can always call De Kindertelefoon. It's a helpline for children. # speaker: vriendin # mood: neutraal
Or chat with them. It's free. And you don't have to give your name. # speaker: vriendin
You nod. You say nothing.
The school day goes by. # bg: klas # sfx: schoolbel
Sara stays close to you all day.
At break she shares her biscuit with you. # leave: vriendin
-> einde_later

=== zwijgen ===
In class it is maths. Fractions again. # bg: klas # sfx: schoolbel
Miss Anouk explains something on the board. You don't really hear it.
You keep thinking about yesterday.
Then the classroom door slams shut. # sfx: deur_hard
You get a huge fright. Your pen falls on the floor.
The others laugh for a moment. Miss Anouk does not laugh. She looks at you.
Can you stay behind at break for a minute? You're not in trouble. # speaker: juf # mood: neutraal
At break the classroom is empty. # sfx: schoolbel # music: rustig
Miss Anouk sits down next to you. Not across from you.
You are very quiet today. And you got a big fright just now. # speaker: juf
Are you OK? # speaker: juf
+ [Be honest and say things are not OK]
  Not really, Miss. # speaker: ik # mood: verdrietig
  Thank you for telling me. Go ahead. I'm listening. # speaker: juf
  -> juf_gesprek
+ [Say you are just tired]
  -> zwijgen_nee

=== zwijgen_nee ===
Yes, I'm fine. I'm just tired. # speaker: ik # mood: neutraal
Miss Anouk nods calmly.
OK. You don't have to tell me anything. # speaker: juf # mood: neutraal
But I want you to know something. # speaker: juf
If something is wrong, big or small, you can always come to me. # speaker: juf
Tomorrow. Next week. Whenever you want. # speaker: juf
She gives you a small card. It has De Kindertelefoon on it, a helpline for children.
You can call them or chat with them. It's free. You don't have to give your name. # speaker: juf
You put the card in your pocket. # leave: juf
-> einde_later

=== naar_juf ===
You are early at school. The playground is still almost empty. # bg: schoolplein
Miss Anouk is on playground duty. That means she is outside keeping an eye on the children.
You walk up to her. Your legs feel like jelly.
Miss? Can I tell you something? Just you? # speaker: ik # mood: bang
Miss Anouk looks at you. She can see right away that it is important.
Of course. Come, let's go inside. The classroom is still empty. # speaker: juf # mood: neutraal
-> juf_gesprek

=== juf_gesprek ===
Miss Anouk gets two chairs. She sits down next to you. # bg: klas # music: rustig
{sara_ja:
  Sara waits in the hallway. # leave: vriendin
}
Go ahead. Take your time. # speaker: juf # mood: neutraal
You tell her about the plate. {kamer_klap: About the stairs and your room.} About Dad. About the slap.
It all comes out a bit jumbled. That doesn't matter.
Miss Anouk listens. She nods. She does not get angry.
Thank you for telling me. That is very brave. # speaker: juf
I want you to remember one thing. # speaker: juf
It is not your fault. A child must never be hit. # speaker: juf
Not even when something gets broken. Never. # speaker: juf
Your eyes sting. You didn't think you would cry.
Miss Anouk slides a box of tissues over to you.
It's OK to cry. I am going to help you. # speaker: juf # mood: neutraal
But I won't do anything without talking to you about it first. OK? # speaker: juf
-> vragen

= vragen
{Do you have any questions? You can ask anything.|Do you want to ask anything else?|Anything else?} # speaker: juf
* [Do I have to leave home now?]
  Do I have to leave home now? # speaker: ik # mood: bang
  Lots of children are scared of that. That's very understandable. # speaker: juf
  Most of the time children just keep living at home. # speaker: juf
  The help comes to your family instead. The goal is to make home safe. # speaker: juf
  -> vragen
* [Will Dad be punished now?]
  Will Dad be punished now? # speaker: ik # mood: bang
  This is not about punishing Dad. # speaker: juf
  It is about making the hitting stop. # speaker: juf
  Dad can get help too. Help with dealing with his anger. # speaker: juf
  I can't promise how everything will go. But I can promise you won't be on your own. # speaker: juf
  -> vragen
* [What if Dad finds out and gets angry again?]
  What if Dad finds out and gets angry again? # speaker: ik # mood: bang
  We will think about that together. Your safety comes first. # speaker: juf
  If you don't feel safe at home, tell me. # speaker: juf
  And if it is really dangerous, call 112. # speaker: juf
  -> vragen
+ [What happens now?]
  What happens now? # speaker: ik # mood: neutraal
  -> plan

= plan
Today I'll talk to Mr Rob. He is our pupil support teacher. # speaker: juf # mood: neutraal
That is someone at school who helps when things are hard. # speaker: juf
Maybe we will ask Veilig Thuis for advice together. That is the Dutch helpline for safety at home. # speaker: juf
They listen, give advice and can arrange help for your family. # speaker: juf
I can't keep this a secret. It is too important for that. # speaker: juf
But I will only tell people who can help. # speaker: juf
And tomorrow I will tell you what we talked about. # speaker: juf # mood: blij
-> einde_verteld

=== einde_verteld ===
The school bell rings. The day starts as usual. # sfx: schoolbel # music: hoopvol
{sara_ja: Sara is in the hallway. She gives you a questioning look. You nod. She gives you a fist bump.}
That evening you are sitting at the kitchen table again. # bg: keuken # leave: juf
Dad is cooking. # enter: papa
Lotte is drawing a crown again. # enter: zus
You don't know exactly what will happen now. That feels exciting and scary.
But you are not carrying it alone any more.
Miss Anouk knows. Tomorrow you will talk to her again.
-> spiegel

=== einde_later ===
That evening you are lying in bed again. # bg: slaapkamer # music: rustig
{sara_nee:
  Your phone lights up. A message from Sara. # sfx: melding
  Sleep well. I'm here for you. # speaker: vriendin # mood: blij
}
{zwijgen_nee: You look at the card from Miss Anouk. You put it under your pillow.}
You have not told a grown-up yet.
That is OK. You decide when you are ready.
But hitting is not OK, not even the first time. You are allowed to ask for help. # music: hoopvol
It doesn't have to be perfect. One sentence is enough.
Miss, something is happening at home that isn't right. # speaker: ik # mood: neutraal
Maybe you will say that sentence tomorrow. Or next week.
-> spiegel

=== spiegel ===
This story is made up. But things like this really happen. # music: rustig
On average, in every class there is one child who is not safe at home.
So you are not the only one.
Now a question about you. You don't have to say anything.
The game does not send your answer anywhere.
Do you ever get hit, pushed or pinched at home? # mirror: lichamelijke_mishandeling
+ [No, never]
  ~ mirror("lichamelijke_mishandeling", "nooit")
+ [Once]
  ~ mirror("lichamelijke_mishandeling", "een_keer")
+ [Sometimes]
  ~ mirror("lichamelijke_mishandeling", "soms")
+ [Often]
  ~ mirror("lichamelijke_mishandeling", "vaak")
+ [I'd rather not say]
  ~ mirror("lichamelijke_mishandeling", "liever_niet")
+ [It is happening now and I am not safe]
  ~ danger()
  ~ mirror("lichamelijke_mishandeling", "vaak")
- Thank you for thinking about this.
Remember: if someone hits you, it is never your fault.
-> reflectie
