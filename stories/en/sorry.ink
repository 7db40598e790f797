# id: sorry
# title: Dad says sorry
# theme: ouder_sorry
# note: This story is about a dad who has a bad day and shouts loudly at his children, once. Later he comes to say sorry and explains what was wrong.
# age: 10
# minutes: 6
# cast: papa=Dad, mama=Mum, oma=Babaanne, broer=Emre
INCLUDE common.ink

-> begin

VAR plek = ""

=== begin ===
It is Thursday in Maastricht. You are in the living room with your brother Emre. # bg: woonkamer # music: rustig
Emre is fifteen. You are ten.
Babaanne lives with you too. Babaanne is Turkish for grandma. She is Dad's mother.
Mum is working at the hospital tonight. Dad will be home from work soon.
Dad is a delivery driver. He drives around all day with parcels.
It was a good day. You got an 8 out of 10 for your talk in class. About dolphins.
Emre has promised to play a video game with you tonight.
Right now you are playing with a soft ball. Indoors. That is not really allowed.
Emre is the goalkeeper. The sofa is the goal.
Watch out, here it comes! # speaker: broer # mood: blij
You dive for the ball. You hit the table. # music: gespannen
Babaanne's glass falls on the floor. It breaks into pieces. # sfx: bord
Right at that moment the front door opens. Dad comes in. # sfx: deur # enter: papa
He is wet from the rain. He looks tired.
He looks at the broken glass. At the ball. At you.
STOP IT! Can't you two ever be careful?! # speaker: papa # mood: boos
His voice is very loud. Dad almost never shouts this loud. # music: stil # pause: 1200
You get a fright. You feel yourself going hot. Your eyes sting.
Dad walks into the kitchen. He slams the door. # sfx: deur_hard # leave: papa
The room is quiet. Emre is looking at the floor.
Getting a fright is normal when someone shouts that loud. Even when it is your own dad.
What do you do?
+ [You go to your room]
  ~ plek = "kamer"
  -> kamer
+ [You clean up the broken glass with Emre]
  ~ plek = "opruimen"
  -> opruimen
+ [You go to Babaanne]
  ~ plek = "babaanne"
  -> babaanne

=== kamer ===
You run up the stairs. You throw yourself on your bed. # bg: slaapkamer # music: verdrietig
You pull your pillow over your head.
You are sad. And angry too. It was only a glass!
And you feel guilty. You were the one who hit the table.
All those feelings at once. That is OK. They belong to a moment like this.
-> rustmoment ->
You hear voices downstairs. Dad and Babaanne. You can't make out what they are saying.
Then you hear footsteps on the stairs. # sfx: voetstappen # music: rustig
Someone knocks softly. # sfx: deur
-> papa_sorry

=== opruimen ===
Emre gets the dustpan and brush. # enter: broer
I'll do the glass. You get the vacuum cleaner. Not with your bare hands, OK? # speaker: broer # mood: neutraal
You clean up together. Emre vacuums up the last little bits. # music: rustig
Was it my fault? # speaker: ik
Emre shrugs.
We shouldn't have played football indoors. That's true. # speaker: broer # mood: neutraal
But Dad didn't have to shout that loud either. # speaker: broer
He was probably just tired. That happens sometimes. # speaker: broer
Emre is older. He has seen this before. Dad almost never gets this angry.
You sit down on the sofa. A bit quiet.
Then the kitchen door opens. # sfx: deur
-> papa_sorry

=== babaanne ===
Babaanne is sitting in her chair by the window. She heard everything. # enter: oma
Come here, kuzum. # speaker: oma # mood: neutraal
Kuzum means 'my little lamb'. That is what she always calls you.
You snuggle up next to her. She smells of rose water.
You got a fright, didn't you. I understand. # speaker: oma # mood: neutraal
Was it my fault? I broke your glass. # speaker: ik
Babaanne laughs softly.
That glass? I have ten more. # speaker: oma # mood: blij
Playing football indoors was not smart. But your dad didn't have to shout like that. # speaker: oma # mood: neutraal
I'll go and talk to him. You stay here. # speaker: oma
Babaanne walks to the kitchen. You hear her calm voice. And Dad sighing. # leave: oma # music: rustig
Then the kitchen door opens. # sfx: deur
-> papa_sorry

=== papa_sorry ===
Dad comes in. He has two mugs of hot chocolate with him. # enter: papa
{ plek == "kamer":
    He sits down on the edge of your bed.
- else:
    He sits down next to you on the sofa.
}
Can I talk to you for a moment? # speaker: papa # mood: verdrietig
You nod. You don't say anything yet.
I'm sorry I shouted like that. That was not OK. # speaker: papa # mood: verdrietig
I had a bad day. My van broke down. And my boss was angry. # speaker: papa # mood: neutraal
When I came in, I was so tired. Then I exploded. # speaker: papa
But that is not your fault. My bad day is not your problem. # speaker: papa
I don't want you to be scared of me. At home you should feel safe. # speaker: papa # mood: verdrietig
What do you do?
+ [You say you got a fright]
  -> geschrokken
+ [You say you shouldn't have played football indoors]
  -> voetballen
+ [You say nothing and give Dad a hug]
  -> knuffel

=== geschrokken ===
I got a really big fright. You shouted so loud. # speaker: ik
Dad nods slowly.
I understand. I would get a fright too. # speaker: papa # mood: verdrietig
You can always tell me that. Even when I'm angry. # speaker: papa # mood: neutraal
You say: Dad, you're shouting. Then I know: I need to cool down. # speaker: papa
OK. Deal. # speaker: ik
-> samen

=== voetballen ===
We shouldn't have played football indoors. The glass was my fault. # speaker: ik
Dad thinks for a moment.
That's true. Playing football indoors is not allowed. You know that. # speaker: papa # mood: neutraal
Then I could have said: you two, stop, clean it up. # speaker: papa
Shouting was not needed. That part is my mistake. Not yours. # speaker: papa # mood: verdrietig
You feel lighter. You both did something wrong. And you both say so.
-> samen

=== knuffel ===
You say nothing. You just put your arms around Dad.
Dad holds you tight. You feel him take a deep breath.
Thank you, sweetheart. # speaker: papa # mood: blij
He smells of rain. And a bit of the van.
You don't have to say anything. That's fine too. # speaker: papa # mood: neutraal
Sometimes a hug says more than words.
-> samen

=== samen ===
You drink the hot chocolate. It is warm and sweet. # music: hoopvol
{ plek != "opruimen":
    The broken glass is already gone. Emre has cleaned it all up.
}
Dad tells you about his van. It stopped right in the middle of a crossroads. Everyone was honking.
He acts it out. With his arms and an angry face. You have to laugh.
Emre comes and sits with you too. He takes Dad's mug. # enter: broer
Hey! That was mine. # speaker: papa # mood: blij
Everyone laughs. Even Dad.
In every family there is sometimes a fight. Everyone gets angry sometimes. Parents too.
Dad shouted once. Then he came to say sorry. And he explained why.
He did not hit. He did not call you names. He did not say you were stupid.
That is normal. It is not nice, but it is normal.
It is different if a parent shouts often. Or calls you names, scares you or hits you. That is not OK.
Does it happen at your home that a parent gets angry, and later says sorry? # mirror: ouder_sorry
+ [No, never]
  ~ mirror("ouder_sorry", "nooit")
+ [Sometimes]
  ~ mirror("ouder_sorry", "soms")
+ [Often]
  ~ mirror("ouder_sorry", "vaak")
+ [I'd rather not say]
  ~ mirror("ouder_sorry", "liever_niet")
- Thank you. There is no right or wrong answer.
Dad looks outside. The rain has stopped.
What shall we do? You choose. # speaker: papa # mood: blij
+ [Play football together in the park. Outside, this time]
  -> einde_park
+ [Cook together for Mum]
  -> einde_koken

=== einde_park ===
The three of you go to the park. Babaanne waves from the window. # bg: straat # music: hoopvol
The grass is still wet. Dad slips. He lands flat in the mud.
Emre laughs so hard that he has to sit down.
Dad gets up. He is brown all over.
Now we're even. One glass for one pair of trousers. # speaker: papa # mood: blij
You play until it gets dark.
On the way home Dad puts his arm around your shoulders.
You think about the shouting this afternoon. It feels small now.
Because things were good again. That is what counts.
-> reflectie

=== einde_koken ===
You are all in the kitchen together. # bg: keuken # music: hoopvol
Babaanne shows you how to make gözleme. They are Turkish pancakes with cheese.
Dad chops the parsley. Emre secretly eats the cheese. # enter: oma
Your dough is a bit crooked. Babaanne says it is the most beautiful one.
At ten o'clock Mum comes home from her shift. # sfx: deur # enter: mama
It smells lovely in here! What happened? # speaker: mama # mood: blij
Dad looks at you. He winks.
I had a bad day. I shouted at the children. I said sorry. # speaker: papa # mood: neutraal
And then we made gözleme. # speaker: papa # mood: blij
Mum gives Dad a kiss. And gives you a big hug.
Everyone makes mistakes sometimes. Parents too. What matters is what you do afterwards.
-> reflectie
