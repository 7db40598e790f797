# id: geheim
# title: A good secret and a bad secret
# theme: seksueel_misbruik
# note: This story is about an adult who touches a child in a way that doesn't feel right. And about the difference between a good secret and a bad secret.
# age: 10
# minutes: 8
# cast: papa=Dad, zus=Mila, buurvrouw=Ans, juf=Miss Esra
INCLUDE common.ink

-> begin

VAR verteld_aan = ""

=== begin ===
It is Monday in Venlo. You are sitting at the kitchen table with your little sister Mila. # bg: keuken # music: hoopvol
Mila is seven. She has made a drawing of a cake with forty candles.
A week on Saturday Dad turns forty. You are planning a surprise.
Gran is baking the cake. You are making a banner. Dad doesn't know anything.
Shhh! It's a secret, right? # speaker: zus # mood: blij
Mila giggles. She can hardly keep quiet.
This is a good secret. It feels exciting and fun.
And on Saturday everyone can know. Then Dad will be happy.
The front door opens. Dad is home from work. # sfx: deur
Quickly you hide the drawing under a newspaper.
You two are very quiet. Are you up to something? # speaker: papa # mood: blij
No! # speaker: zus # mood: blij
Dad laughs. He pretends not to notice.
-> woensdag

=== woensdag ===
On Wednesday afternoons Dad works late. # bg: woonkamer # music: rustig
Then after school you go to Ans, the neighbour. Mila goes to after-school club.
Ans lives next door. She is kind. She always has lemonade.
Often her boyfriend Ruud is there too. You call him Uncle Ruud, even though he is not your uncle.
He is funny. He does magic tricks with coins. You always thought he was nice.
Today Ans still has to do some shopping.
I'm just popping to the shop. I'll be right back. Only fifteen minutes. # speaker: buurvrouw # mood: blij
The door closes. # sfx: deur # leave: buurvrouw
Uncle Ruud pats the sofa next to him. "Come and sit here." # music: gespannen
You sit down. He sits very close to you. Too close.
Then he touches you in a way you do not want.
It does not feel right at all. # music: stil
Everything inside you says: no. But your mouth says nothing. You can hardly move.
That is called freezing. It happens to lots of people when they get a fright. It is a normal reaction.
Then he stands up. He acts as if nothing happened. # pause: 1500
Ruud whispers: "This is our little secret. Don't tell your dad."
"Or you can never come here again. And then your dad will be very sad."
The door opens. Ans is back. # sfx: deur # music: gespannen
I've got stroopwafels! # speaker: buurvrouw # mood: blij
Ruud laughs and takes one. As if nothing happened.
You can't eat anything. Your tummy feels strange and heavy.
-> thuis

=== thuis ===
In the evening you sit on the sofa next to Dad. # bg: woonkamer # music: verdrietig
Dad is watching football. Mila is already asleep.
You keep thinking about the afternoon. About what Ruud did. And about what he said.
You feel strange. And mixed up. And scared that you did something wrong.
But you did nothing wrong. Ruud did something that is not allowed.
Dad looks at you.
Hey. You're so quiet tonight. Is something wrong? # speaker: papa # mood: neutraal
What do you do?
+ [You tell Dad]
  ~ verteld_aan = "papa"
  -> papa_luistert
+ [You say nothing]
  -> zwijgen

=== papa_luistert ===
Your heart is pounding very hard. You look at the floor. # music: gespannen
{ verteld_aan == "papa_later":
    Dad crouches down in front of you. He waits calmly.
}
Uncle Ruud did something weird. He touched me. In a way I didn't want. # speaker: ik
And he said I had to keep it a secret. # speaker: ik
Dad is quiet for a moment. You can see he is shocked.
Then he gently takes your hand. # music: rustig
Thank you for telling me. That is very brave. # speaker: papa # mood: verdrietig
I am not angry with you. Not at all. # speaker: papa # mood: neutraal
What Ruud did is not allowed. Ever. And it is not your fault. # speaker: papa
He should never have given you a secret like that. # speaker: papa
So can I never go to Ans again? # speaker: ik
On Wednesdays you will go to Gran from now on. You are safe there. # speaker: papa # mood: neutraal
I am going to ask for help. From people who know a lot about this. # speaker: papa
For example Veilig Thuis. They listen, give advice and arrange help. # speaker: papa
I will always tell you what I am doing. You don't have to do anything alone. # speaker: papa # mood: blij
{ verteld_aan == "papa_later":
    Dad calls his work. Today he is staying at home. With you.
    You go for a walk together along the river Maas. You don't have to say anything else.
- else:
    Dad wraps a blanket around you. You sit together for a long time.
    The football is still on. Neither of you is watching.
}
-> rustmoment ->
-> einde_papa

=== zwijgen ===
No, nothing. I'm just tired. # speaker: ik
Dad strokes your hair. He goes back to watching the football.
That night you sleep badly. # bg: slaapkamer
Ruud's secret feels very different from the secret about the cake.
It is heavy. It sits in your tummy like a stone.
-> rustmoment ->
The next day at school Miss Esra gives a lesson about secrets. # bg: klas # sfx: schoolbel # music: rustig
There are two kinds of secrets. # speaker: juf # mood: neutraal # discuss: What is the difference between a good secret and a bad secret?
A good secret is, for example, a present or a surprise. # speaker: juf # mood: blij
It feels fun. And soon everyone can know. # speaker: juf
A bad secret feels heavy or scary. It gives you a tummy ache. # speaker: juf # mood: neutraal
Sometimes someone says: if you tell, something bad will happen. # speaker: juf
You can always tell a secret like that. Even if you promised not to. # speaker: juf
That is not telling tales. That is asking for help. # speaker: juf
Nobody is allowed to touch you if you don't want it. Not even an adult you know. # speaker: juf
You look down at your desk. Your cheeks get warm.
Miss Esra is talking about your secret. Even though she doesn't know it.
The bell rings. Everyone runs outside. # sfx: schoolbel
+ [You stay behind with Miss Esra after the lesson]
  ~ verteld_aan = "juf"
  -> juf_luistert
+ [You go outside too]
  -> volgende_woensdag

=== juf_luistert ===
Miss Esra is wiping the board. She sees that you are still sitting there.
You walk up to her. Your voice is very quiet.
Miss? What if someone says you have to keep something secret? But it feels bad? # speaker: ik
Miss Esra puts down the board rubber. She takes a chair and sits down next to you.
Then you can always tell. To me, for example. # speaker: juf # mood: neutraal
Do you want to tell me what's wrong? You can say it in your own way. # speaker: juf
You tell her. About Uncle Ruud. About the sofa. About the little secret. # music: gespannen
It goes slowly. Sometimes you stop for a bit. Miss Esra waits calmly. She does not ask why.
Thank you for telling me. That is very brave. # speaker: juf # mood: verdrietig
It is not your fault. What Ruud did is not allowed. # speaker: juf # mood: neutraal
Are you going to tell someone? # speaker: ik
I am going to help you. That is why I can't keep this a secret. # speaker: juf
You need to be safe. That is the most important thing. # speaker: juf
But I won't do anything without telling you first. # speaker: juf
And we can tell Dad together. If you want. # speaker: juf # mood: blij
You nod. The stone in your tummy gets a little smaller. # music: rustig
-> rustmoment ->
-> einde_juf

=== volgende_woensdag ===
In the playground you hear the other children laughing. You don't laugh along. # bg: schoolplein # music: verdrietig
A week later it is Wednesday again. # bg: keuken # sfx: klok
Dad is making you a sandwich.
After school you're going to Ans again, right? # speaker: papa # mood: neutraal
Your tummy tightens. You don't want to go there.
What do you do?
+ [You tell Dad that you don't want to go]
  -> niet_willen
+ [You say nothing and call De Kindertelefoon tonight]
  -> kindertelefoon

=== niet_willen ===
I don't want to go to Ans. # speaker: ik
Dad stops making the sandwich. He looks at you.
OK. You're allowed to say that. # speaker: papa # mood: neutraal
Did something happen there? You can tell me. I won't be angry. # speaker: papa
~ verteld_aan = "papa_later"
-> papa_luistert

=== kindertelefoon ===
OK, Dad. # speaker: ik
That afternoon you stay close to Ans the whole time. Luckily Ruud isn't there. # bg: woonkamer # music: gespannen
In the evening you are lying in bed. You pick up your tablet. # bg: slaapkamer # music: rustig
You remember what Miss Esra said. About bad secrets.
You look up De Kindertelefoon, a helpline for children. You can chat there. It is free, and you don't have to give your name.
You write: "Someone touched me. It didn't feel right. I have to keep it a secret." # sfx: melding
An answer comes. From someone called Sanne. # sfx: melding
"Good that you are writing this. It is not your fault. What that person did is not allowed."
"You don't have to keep a secret like that. Is there an adult you trust?"
You think of Dad. And of Miss Esra.
Sanne helps you practise. What do you want to say? When? To whom?
"If it feels scary, you can also give someone a note," Sanne writes.
You chat a little longer. Then you write: "I'm going to tell my dad tomorrow."
"That is a good plan. You can always come back," Sanne writes.
You put your tablet away. You feel tired. But also a little lighter.
-> rustmoment ->
-> einde_kindertelefoon

=== spiegel ===
Has anyone ever touched you in a way that didn't feel right? # mirror: seksueel_misbruik
+ [No, never]
  ~ mirror("seksueel_misbruik", "nooit")
+ [Once]
  ~ mirror("seksueel_misbruik", "een_keer")
+ [Sometimes]
  ~ mirror("seksueel_misbruik", "soms")
+ [Often]
  ~ mirror("seksueel_misbruik", "vaak")
+ [I'd rather not say]
  ~ mirror("seksueel_misbruik", "liever_niet")
+ [It is happening now and I am not safe]
  ~ danger()
  ~ mirror("seksueel_misbruik", "vaak")
- Thank you. Whatever you chose: it is good that you thought about this.
->->

=== einde_papa ===
On Saturday it is the party. Dad turns forty. # bg: woonkamer # music: hoopvol
Gran arrives with the cake. Mila hangs up the banner. All crooked. # enter: oma
Surprise! # speaker: zus # mood: blij
Dad acts very surprised. He lifts Mila up high.
He winks at you. You both know that something heavy happened this week.
But the heavy secret is not a secret any more. Dad knows. And he is helping.
-> spiegel ->
You can keep a good secret. You can always tell a bad secret.
Nobody is allowed to touch you if you don't want it. And it is never your fault.
You told Dad. Now he carries the heavy secret too. Not just you.
-> reflectie

=== einde_juf ===
After school you sit in the classroom with Dad and Miss Esra. # bg: klas # music: rustig
Dad left work early. He is holding your hand. # enter: papa
Miss Esra tells him. You only have to nod.
I am sad. But not angry with you. # speaker: papa # mood: verdrietig
You did the right thing. I am proud of you. # speaker: papa # mood: neutraal
Miss Esra explains what happens now. She is calling Veilig Thuis for advice.
They help you and Dad. And they make sure you are safe.
On Wednesdays you will go to Gran from now on.
On Saturday Dad celebrates his birthday. The cake is still a surprise. That good secret you can keep. # music: hoopvol
-> spiegel ->
You can keep a good secret. You can always tell a bad secret.
Nobody is allowed to touch you if you don't want it. And it is never your fault.
You told Miss Esra. She listened. And now grown-ups are helping too.
-> reflectie

=== einde_kindertelefoon ===
The next morning Dad is at breakfast. # bg: keuken # music: rustig
You have written a note. Your hands are sweaty.
You put the note next to his coffee. Then you wait.
Dad reads it. He reads it again. Then he looks up.
Thank you for giving me this. # speaker: papa # mood: verdrietig
It is not your fault. I am going to help you. You never have to go to Ruud again. # speaker: papa # mood: neutraal
He gives you a long hug. It feels safe. # music: hoopvol
-> spiegel ->
You can keep a good secret. You can always tell a bad secret.
Nobody is allowed to touch you if you don't want it. And it is never your fault.
First a chat, then a note. That is fine too. There is not just one right way to tell.
-> reflectie
