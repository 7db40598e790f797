# id: alleen
# title: Nobody is looking
# theme: emotionele_verwaarlozing
# note: This story is about a child who has everything at home except attention. Nobody really sees or hears them.
# age: 13
# minutes: 7
# cast: mama=Mum, papa=Dad, vriendin=Noor, oma=Gran Fien
INCLUDE common.ink

-> begin

=== begin ===
Tuesday evening in Maastricht. # bg: woonkamer # music: rustig
You come home from football. You are fourteen. Your heart is still pounding with joy.
The coach just told you: you are playing in the final on Saturday. In the starting team!
Dad is sitting at the table behind his laptop. # enter: papa
Mum is on the sofa. She is looking at her phone. # enter: mama
I'm playing in the final on Saturday! # speaker: ik # mood: blij
Mm. Nice. # speaker: papa # mood: neutraal
Dad doesn't look up. He just keeps typing.
Mum holds up her hand. She is talking into her earbud.
Not now, I'm on a call. # speaker: mama # mood: neutraal
You stand there for a moment. Nobody looks.
In the kitchen there is a tub of lasagne. For the microwave.
There is always food. You have your own room. And a new phone.
But nobody ever asks how your day was.
It has been like this for a long time.
Dad used to read to you. A chapter every evening. You still remember.
Now he is always working. And Mum's mind is always somewhere else.
Last month you had a fever. Mum only noticed the next evening.
Nobody came to parents' evening. Dad had to work. Mum forgot.
You eat your lasagne alone at the kitchen counter. # bg: keuken # sfx: klok
What do you do now?
+ [Tell Mum one more time]
  -> nog_eens
+ [Send Noor a message]
  -> noor
+ [Go to your room and say nothing]
  -> kamer

=== nog_eens ===
You walk back to the living room. Mum has finished her call. # bg: woonkamer
Mum? I'm playing in the final on Saturday. Will you come and watch? # speaker: ik # mood: neutraal
Saturday? I don't know. I've got so much on on Saturday. # speaker: mama # mood: neutraal
She is already looking at her phone again.
Ask your dad. # speaker: mama
Dad? # speaker: ik
Dad puts on his headphones. He didn't hear you. Or was he pretending?
You go upstairs. Nobody says goodnight. # bg: slaapkamer # leave: mama # leave: papa
You feel invisible. As if you are made of glass.
That feeling is not strange. You want to be seen. Every child wants that.
-> zaterdag

=== noor ===
You go to your room and pick up your phone. # bg: slaapkamer # leave: mama # leave: papa
I'm playing in the final on Saturday!!! # speaker: ik # mood: blij
Within a minute Noor calls. # sfx: telefoon
WHAT? Really? That's brilliant! I'll come and watch! # speaker: vriendin # mood: blij
Noor screams so loudly that you hold the phone away from your ear. You laugh.
What did your parents say? # speaker: vriendin # mood: neutraal
Nothing really. Mm, nice. # speaker: ik # mood: verdrietig
Noor is quiet for a moment.
My parents always ask me a hundred things. Sometimes that's annoying. # speaker: vriendin
But do yours never really ask you anything? # speaker: vriendin
You don't know what to say. You swallow.
No. Hardly ever. # speaker: ik
That's not nice. You don't deserve that. # speaker: vriendin # mood: verdrietig
-> zaterdag

=== kamer ===
You say nothing. You go upstairs. # bg: slaapkamer # leave: mama # leave: papa
You lie on your bed with your headphones on. # music: verdrietig
You think about today.
How many words did you say at home? Ten? Maybe five.
You turn off your music. The house is very quiet.
Downstairs you hear Dad typing. And Mum laughing at something on her phone.
They are so close. And still it feels as if you live alone.
You feel empty inside. It is OK to feel that.
You want to be seen. Every child wants that.
-> zaterdag

=== zaterdag ===
On Thursday you get an eight out of ten for English. # bg: keuken # music: rustig
You put the test on the kitchen table. So they will see it.
On Friday it is still there. Under a leaflet from the pizza place.
Nobody has said anything about it.
On Friday evening everyone eats in a different place. Dad in his study. Mum on the sofa.
You in your room. With your plate on your lap.
Saturday. The final. # bg: sportclub # music: gespannen # sfx: fluit
Along the pitch, parents are standing with flags and coffee.
You look around. You look for Dad and Mum. They are not there.
Dad had to work. Mum had an appointment at the hairdresser's.
{noor:
  Only Noor is there. With a sign saying GO FOR IT! # enter: vriendin
}
In the last minute you get the ball. You shoot.
Goal! # sfx: fluit # music: hoopvol
Your team wins. Everyone jumps on you.
Parents run onto the pitch. They hug their children.
{noor:
  Noor runs over to you.
  You were amazing! # speaker: vriendin # mood: blij
  But Noor has to go home straight after. Her parents are waiting. # leave: vriendin
}
After the medals are handed out, you walk home alone. # bg: straat # music: verdrietig
With a medal around your neck.
Nobody took a photo.
Suddenly your joy feels very small.
-> rustmoment ->
You are standing on the street corner.
To the left is the way home. To the right is the way to Gran Fien.
Gran lives ten minutes further on.
+ [Cycle to Gran's]
  -> einde_oma
+ [Go home]
  -> einde_thuis

=== einde_oma ===
You ring Gran Fien's doorbell. # bg: woonkamer # sfx: deurbel # music: rustig
Gran opens the door. Her eyes go wide.
What's that around your neck? Come in! Tell me everything! # speaker: oma # mood: blij
She makes tea. She gets out the biscuit tin.
She wants to know everything. How the goal went. Who passed you the ball. How it felt.
You tell it three times. Gran listens three times.
Then she looks at you.
Where were your mum and dad? # speaker: oma # mood: neutraal
You look at your tea.
They didn't have time. They never have time. # speaker: ik # mood: verdrietig
Sometimes I think they don't even notice I'm there. # speaker: ik
Gran puts her hand on your arm.
Thank you for telling me that. That sounds very lonely. # speaker: oma # mood: verdrietig
Every child needs someone who looks and listens. # speaker: oma # mood: neutraal
It's not because of you. It is not your fault. # speaker: oma
You are worth being seen. # speaker: oma
Shall I have a talk with your mum? I am her mother, after all. # speaker: oma
I won't be angry. I want things to get better for you. # speaker: oma
+ [Yes, please]
  Yes. But only with me there too. # speaker: ik # mood: neutraal
  Deal. We'll do it together. # speaker: oma # mood: blij
+ [Not yet]
  Not yet, Gran. I'm scared it will get weird. # speaker: ik # mood: bang
  I understand. You decide how fast we go. # speaker: oma # mood: neutraal
  But come and eat here every Saturday. Then you can tell me everything. # speaker: oma # mood: blij
- Gran takes a photo of you with your medal. # music: hoopvol
She puts it on her cupboard straight away. Next to the photo of Grandad.
There. That's staying right there. # speaker: oma # mood: blij
At home nothing has changed yet. But there is someone who sees you.
And Gran says there are also people you can call or chat with. De Kindertelefoon, for example, a free helpline for children.
You don't feel so alone any more.
-> spiegel

=== einde_thuis ===
You walk home. The door is open. # bg: woonkamer # sfx: deur
Dad is behind his laptop. Mum is back from the hairdresser's. # enter: papa
You stand in the room. With your medal.
Nobody asks how it went.
You take a deep breath.
Mum. Dad. You didn't even ask how it went. # speaker: ik # mood: boos
Mum looks up. For a moment she seems startled. # enter: mama
Oh ... sorry, sweetheart. How did it go? # speaker: mama # mood: neutraal
We won. I scored. # speaker: ik # mood: neutraal
Well done. # speaker: papa # mood: neutraal
Mum nods. A minute later she is looking at her phone again.
You go to your room. # bg: slaapkamer # leave: mama # leave: papa
You feel angry. And sad. And a bit stupid too, because you asked.
But that is not stupid. You just asked for what every child needs.
You hang the medal on your lamp. It slowly turns round and round.
You were brave. It is always OK to ask for attention.
It is not because of you that things aren't working at home.
You pick up your phone. You send Noor a photo of the medal. # sfx: melding
You think. Who else could I tell? Gran Fien, maybe. Or my mentor.
Or De Kindertelefoon, a helpline for children. You can chat there for free. You don't have to give your name. # music: hoopvol
If you can't find it at home, it's OK to look for it somewhere else.
-> spiegel

=== spiegel ===
This story is made up. But it really happens, also in families with enough money. # music: rustig
It is even the most common form of child abuse.
So you are not the only one.
It is normal for parents to be busy sometimes.
But if nobody at home ever really looks at you or listens to you? Then something is not right.
Now a question about you. You don't have to say anything.
The game does not send your answer anywhere.
Do you ever feel at home that nobody sees you or listens to you? # mirror: emotionele_verwaarlozing
+ [No, never]
  ~ mirror("emotionele_verwaarlozing", "nooit")
+ [Sometimes]
  ~ mirror("emotionele_verwaarlozing", "soms")
+ [Often]
  ~ mirror("emotionele_verwaarlozing", "vaak")
+ [I'd rather not say]
  ~ mirror("emotionele_verwaarlozing", "liever_niet")
- Thank you for thinking about this.
You deserve someone who looks at you and listens to you.
If that doesn't happen at home, it is never your fault.
-> reflectie
