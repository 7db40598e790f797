# id: getuige
# title: Through the wall
# theme: getuige_huiselijk_geweld
# note: This story is about a child who hears Dad threaten and hit Mum. You do not see the violence, you hear it through the wall.
# age: 10
# minutes: 6
# cast: mama=Mum, papa=Dad, zus=Fleur, oma=Gran, vriendin=Amira, meester=Mr Jordy, agent=Officer Samira
INCLUDE common.ink

-> begin

VAR bij_trap = false

=== begin ===
It is Tuesday evening in Heerlen. You are in your room. # bg: slaapkamer # music: rustig
Your little sister Fleur is sitting next to you on the floor. She is six.
She is drawing a horse with a very long tail.
At dinner Dad was already quiet. He had a bad day at work.
Mum asked something about money. Then Dad pushed his plate away.
You ate your food quickly. You were extra good. You often do that when Dad is like this.
Downstairs Dad and Mum are talking. Normal at first. Then louder. # music: gespannen
You know that sound. It has been happening more often lately.
Fleur stops drawing. She looks at the door.
Why is Dad talking so loud? # speaker: zus # mood: bang
I don't know. Just keep drawing. # speaker: ik
You put on music on your phone. A bit louder. It does not help.
Through the wall you hear Dad shout: "Say that one more time!"
Mum says something back. You can't make it out.
Then you hear a smack. And a bang against the wall. # music: stil # pause: 1500
For a moment it is completely quiet.
Then you hear Mum crying. Softly, but you hear it.
Fleur crawls up against you. She is shaking.
Your heart is pounding. Your tummy hurts. You don't know what to do. # music: gespannen
What do you do?
+ [You stay with Fleur and hide with her]
  -> verstoppen
+ [You creep to the stairs]
  -> trap

=== trap ===
~ bij_trap = true
Stay here, you whisper to Fleur.
You open the door quietly. You sit down at the top of the stairs. # sfx: deur
You can't see everything. But you hear everything.
Downstairs something falls on the floor. It breaks. # sfx: bord
"You're worth nothing!" Dad shouts. His voice is very loud.
"Stop, the children can hear you," Mum says. Her voice is shaking.
You want it to stop. You want to help Mum.
+ [You run downstairs and shout that they must stop]
  -> ertussen
+ [You go back to Fleur]
  -> verstoppen

=== ertussen ===
You run down the stairs. # bg: woonkamer # sfx: voetstappen
Stop! Stop it! # speaker: ik
Dad turns around. He is startled when he sees you.
Go upstairs. # speaker: papa # mood: boos
Then he grabs his coat. He walks out. # sfx: deur_hard # leave: papa
Mum is sitting on the floor by the cupboard. She is holding her arm.
Come here, sweetheart. # speaker: mama # mood: verdrietig
You curl up against her. You are both shaking.
You ran downstairs because you love Mum. That makes a lot of sense.
But jumping in between adults who are fighting is dangerous. A child never has to do that.
It is better to go to a safe place. And then call 112.
I'm so sorry you have to see this. # speaker: mama # mood: verdrietig
I'll call Gran. You two will sleep at her house tonight. # speaker: mama # mood: neutraal
You fetch Fleur from upstairs. She still has her drawing in her hand. # bg: slaapkamer
Has Dad gone? # speaker: zus # mood: bang
Yes. Mum is downstairs. We're going to Gran's. # speaker: ik
You help her with her coat. The zip does not close straight away. Your hands are still shaking.
A quarter of an hour later the doorbell rings. It is Gran. # bg: woonkamer # sfx: deurbel # enter: oma
Gran does not say much. She puts her arms around all three of you.
I'm here. Go and get your pyjamas and your toothbrush. # speaker: oma # mood: neutraal
Mum goes with Gran too. Gran's house is only ten minutes away by car.
In the car nobody says anything. Fleur holds your hand. The whole way.
-> rustmoment ->
-> einde_oma

=== verstoppen ===
{ bij_trap:
    You creep back to your room. Fleur is still in the same place. # bg: slaapkamer
}
You take Fleur by the hand. Together you crawl into the big wardrobe.
It is dark. You turn on the torch on your phone.
You put your headphones on her ears. With her favourite song.
You whisper a story about a horse with a very long tail.
Fleur looks at you. She takes the headphones off for a moment.
Is Mum hurt? # speaker: zus # mood: bang
I don't know. # speaker: ik
You are scared too. That is normal. Anyone would be scared.
You look at the phone in your hand.
What do you do?
+ [You call 112]
  -> bellen
+ [You sit still and wait]
  -> wachten

=== bellen ===
Your hands are shaking. You press 1, 1, 2. # sfx: telefoon
A calm voice answers. "112. What has happened?"
You whisper: "My dad is hitting my mum, I think. I heard a smack."
The voice asks for your address. Luckily you know it by heart.
"Well done," says the voice. "Stay upstairs with your sister. Help is coming."
It takes ten minutes. It feels like an hour. # sfx: klok
Then the doorbell rings. # sfx: deurbel
You hear footsteps on the stairs. Someone knocks softly on your door. # sfx: voetstappen
Hi. I'm Samira, from the police. Can I come in? # speaker: agent # mood: neutraal
You're the one who called, right? That was very good. And very brave. # speaker: agent # mood: blij
Is Mum OK? # speaker: ik
Mum has hurt her arm. A doctor is looking at it. She will be all right. # speaker: agent # mood: neutraal
Dad is talking to my colleague downstairs. # speaker: agent
Does Dad have to go to prison? # speaker: ik
Tonight Dad will sleep somewhere else. # speaker: agent # mood: neutraal
Maybe he will get a huisverbod. That means he can't come home for a while. Usually ten days. # speaker: agent
That way the house gets calm. And everyone gets help. Dad too. # speaker: agent
You feel relieved. And guilty too. You were the one who called.
Is it my fault? # speaker: ik
No. It is not your fault. What Dad did is not allowed. # speaker: agent # mood: neutraal
You took good care of yourself and of Fleur. # speaker: agent # mood: blij
Tomorrow your school will know that something happened last night. Only that. Not what. # speaker: agent
Then your teacher can take it into account. # speaker: agent
Samira stays with you for a while. Fleur falls asleep on your shoulder.
-> rustmoment ->
-> einde_school

=== wachten ===
You sit very still. You hardly dare to breathe.
After a long time it gets quiet downstairs.
Then the front door slams. # sfx: deur_hard
A car starts and drives away.
A bit later the wardrobe door opens. It is Mum. # sfx: deur
There you are. Come on. It's over. # speaker: mama # mood: verdrietig
Dad has gone out for a while. You two go to sleep. # speaker: mama
Her eyes are red. She is holding her arm a bit strangely.
I fell over. # speaker: mama # mood: neutraal
You know that is not true. But you don't say anything.
That night Fleur sleeps in your bed. You lie awake for a very long time.
-> rustmoment ->
The next morning Dad is just sitting at breakfast. # bg: keuken # music: verdrietig
Good morning! # speaker: papa # mood: blij
Nobody talks about last night. Mum is making sandwiches. Dad is reading the news.
It feels as if you dreamed it. But you didn't.
At school nothing works. # bg: klas # sfx: schoolbel
The letters dance in front of your eyes. You keep hearing that smack.
Mr Jordy, your teacher, comes and stands next to your desk.
Hey. You're so quiet today. Are you OK? # speaker: meester # mood: neutraal
+ [You tell Mr Jordy what you heard]
  -> vertellen
+ [You say you are fine]
  -> zwijgen

=== vertellen ===
You look at your hands. Your voice is very quiet.
Last night there was a fight. Dad was shouting really loud. And then I heard a smack. # speaker: ik
Mum was crying. # speaker: ik
Mr Jordy nods slowly. He sits down on a chair next to you. # music: rustig
Thank you for telling me. That is very brave. # speaker: meester # mood: neutraal
It is not your fault. What happens at home is never a child's fault. # speaker: meester
And you don't have to carry this alone. # speaker: meester
Will Dad go away now? I don't want him to get angry. # speaker: ik
I understand that you are worried. # speaker: meester # mood: neutraal
I won't decide anything on my own. First I'll ask advice from someone who knows a lot about this. # speaker: meester
Maybe we will call Veilig Thuis together. # speaker: meester
They listen, give advice and can arrange help for your family. # speaker: meester
Most of the time children just keep living at home. The goal is to make home safe. For everyone. # speaker: meester
I will always tell you first what I'm going to do. Deal? # speaker: meester # mood: blij
Deal. # speaker: ik
-> einde_meester

=== zwijgen ===
I'm fine. I'm just tired. # speaker: ik
Mr Jordy looks at you for a moment. He doesn't quite believe it.
OK. But my door is always open. Today, tomorrow, or later. # speaker: meester # mood: neutraal
You nod. You don't dare to say it yet. That is OK too.
At break time you stand alone by the fence. # bg: schoolplein
Amira from your class comes and stands next to you. She says nothing. She gives you half of her biscuit. # enter: vriendin
Do you want to play tag later? # speaker: vriendin # mood: blij
Maybe tomorrow. # speaker: ik
OK. Tomorrow then. # speaker: vriendin # mood: neutraal
It is nice that she is there. Even if you don't tell her anything.
-> einde_nummer

=== spiegel ===
Do you sometimes hear or see at home that someone hurts, threatens or calls another person names? # mirror: getuige_huiselijk_geweld
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
- Thank you. It is good that you thought about this. Whatever you chose.
->->

=== einde_oma ===
Gran's house smells of tea and biscuits. # bg: woonkamer # music: rustig
Fleur is already asleep on the sofa. Gran puts a blanket over her.
Gran sits down next to you. She takes your hand.
What you heard tonight is not normal. # speaker: oma # mood: verdrietig
Arguing is allowed. But hitting and threatening, never. # speaker: oma
And it is not your fault. Really not. # speaker: oma # mood: neutraal
Tomorrow Mum will call Veilig Thuis. That is where you can ask for help when home is not safe. # speaker: oma
They listen and they help. Dad too, if he wants. # speaker: oma
-> spiegel ->
You rest your head on Gran's shoulder. Your eyes get heavy. # music: hoopvol
The next morning Gran makes pancakes. # bg: keuken
Mum is at the table with a cup of coffee. She has a bandage on her arm. # enter: mama
I called Veilig Thuis. # speaker: mama # mood: neutraal
Someone is coming to talk with us. With me, with Dad, and with you two if you want. # speaker: mama
I want you to feel safe at home. That is my job. Not yours. # speaker: mama # mood: verdrietig
Fleur has syrup on her chin. She laughs for the first time since last night.
Things are not good at home yet. But now there are grown-ups who are helping.
-> reflectie

=== einde_school ===
The next morning you are at school. # bg: klas # sfx: schoolbel # music: rustig
Mr Jordy knows that something happened. He doesn't ask anything.
He nods at you and smiles a little.
If you want to go outside for a bit, that's fine. You don't have to say anything. # speaker: meester # mood: neutraal
And if you want to talk, I'm here. # speaker: meester # mood: blij
At break time you can help water the plants. That is nice. Calm.
After school Gran is waiting at the gate. She picks up you and Fleur. # bg: schoolplein # enter: oma
Dad is sleeping somewhere else for a while. Mum is at home. # speaker: oma # mood: neutraal
Someone from Veilig Thuis is coming. They will help your family. # speaker: oma
Veilig Thuis listens, gives advice and arranges help. For Mum, for Dad and for you two. # speaker: oma
You think of Fleur. And of Mum. You are tired, but you are not alone.
-> spiegel ->
Seeing or hearing a parent being hurt is very hard. # music: hoopvol
That also counts as violence against you. Even if nobody touches you.
You got help. That was good. And it was never your job to fix it.
-> reflectie

=== einde_meester ===
That afternoon you sit with Mr Jordy in a quiet classroom. # bg: klas # music: hoopvol
He has called Veilig Thuis. He tells you exactly what they said.
Someone from Veilig Thuis will come and talk with Mum. And later with Dad too.
You are still scared. But your tummy hurts less.
You said it. It is not stuck inside your head alone any more.
-> spiegel ->
Seeing or hearing a parent being hurt is very hard.
That also counts as violence against you. Even if nobody touches you.
-> reflectie

=== einde_nummer ===
After school you walk home slowly. # bg: straat # music: verdrietig
In the school hallway there was a poster. With a number: De Kindertelefoon, 0800-0432.
You can call or chat there for free. It is a helpline for children. You don't have to give your name.
You save the number in your phone. Under a different name. For later.
The call does not show on the phone bill. But it does show in the call list on your phone.
They listen to children there. Every day, from eleven in the morning to nine in the evening.
You don't have to decide anything now.
-> spiegel ->
Seeing or hearing a parent being hurt is very hard. # music: rustig
That also counts as violence against you. Even if nobody touches you.
You can always still tell someone. Mr Jordy. Or someone else you trust.
-> reflectie
