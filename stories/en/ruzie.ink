# id: ruzie
# title: A big row
# theme: ruzie_goedkomen, strenge_regels
# note: This story is about a family that has a loud row and then makes up again. Nobody gets hit or called names.
# age: 10
# minutes: 6
# cast: mama=Mum, stiefvader=Marco, broer=Jesse
INCLUDE common.ink

-> begin

=== begin ===
It is Friday afternoon in Heerlen. # bg: woonkamer # music: rustig
The weekend has almost started. You have just got home from school.
You throw your bag in the corner. Then your phone buzzes. # sfx: melding
A message from Fleur, your best friend.
Tomorrow I turn twelve! Want to sleep over? With pizza and a film! # speaker: vriendin # mood: blij
You almost jump for joy.
A sleepover at Fleur's. With the whole group. You have wanted this for so long.
Upstairs you hear your brother Jesse's computer. He is fifteen. He is gaming.
You run to the kitchen. Mum is cooking. # bg: keuken # enter: mama
Marco is sitting at the table with his laptop. # enter: stiefvader
Marco is your stepdad. He has lived with you for three years.
Mum! Can I sleep over at Fleur's tomorrow? She's having a party! # speaker: ik # mood: blij
Mum turns around. She wipes her hands.
Tomorrow? No, love. Sunday is Gran's birthday. # speaker: mama # mood: neutraal
She's turning seventy. We have to be in Kerkrade at nine in the morning. # speaker: mama
But everyone's going! I'm the only one who isn't allowed! # speaker: ik # mood: boos
I understand. But the answer is no. # speaker: mama
Your face gets hot. What do you do?
+ [Get angry and shout back]
  -> schreeuwen
+ [Say nothing and go to your room]
  -> mokken
+ [Ask Marco]
  -> marco

=== schreeuwen ===
You're always so strict! I'm never allowed to do anything! # speaker: ik # mood: boos # music: gespannen
You shout it louder than you meant to.
That's not true! I just don't want you to be worn out on Sunday! # speaker: mama # mood: boos
You are both talking very loudly.
Marco looks from one of you to the other. He says nothing.
Then Jesse comes in. His headphones are still around his neck.
What's going on here? I can hear you all the way upstairs. # speaker: broer # mood: neutraal
Nothing! # speaker: ik # mood: boos
You walk off and slam your door shut. # bg: slaapkamer # sfx: deur_hard
You flop onto your bed. You are so angry. Your heart is beating fast.
You punch your pillow. Once. Twice.
That helps a little.
Mum shouted too. But she didn't call you names.
She didn't hit. She didn't make you scared.
It was a row. A loud row. That happens in every family sometimes.
-> goedmaken

=== mokken ===
You don't say anything else. You go upstairs. # bg: slaapkamer # sfx: deur
You lie on your bed with your headphones on. # music: verdrietig
You feel angry and sad at the same time.
Soon everyone will have fun photos of the party. Except you.
After a while your door opens. # sfx: deur
It is Jesse.
Hey. I heard. That's rubbish, isn't it? # speaker: broer # mood: neutraal
Jesse sits down on the floor.
When I was younger I wasn't always allowed to do everything either. I was furious too. # speaker: broer
Mum is pretty strict. But she is fair. # speaker: broer
Shall I give you a tip? # speaker: broer # mood: blij
+ [Yes, go on]
  Ask if you can go to the party. But without sleeping over. # speaker: broer
  Then you won't be tired on Sunday. That's what Mum is worried about. # speaker: broer
  Hey. That's actually clever. # speaker: ik # mood: neutraal
+ [No, leave me alone for a bit]
  OK. Fine. # speaker: broer
  Jesse gets up. At the door he turns around.
  Mum isn't angry with you, you know. She just wants Gran to have a nice day. # speaker: broer
- Jesse goes back to his room. # leave: broer
-> goedmaken

=== marco ===
Marco, is it OK with you? # speaker: ik # mood: neutraal
Marco looks up from his laptop. He looks at Mum.
Er ... A party is important too, isn't it? # speaker: stiefvader # mood: neutraal
I could drive to Fleur's at eight on Sunday morning. # speaker: stiefvader
Mum looks at Marco. Not happy. # music: gespannen
Marco, I already said no. # speaker: mama # mood: boos
So I'm supposed to say nothing? I live here too! # speaker: stiefvader # mood: boos
Now Mum and Marco are arguing. They are talking loudly.
You always decide everything on your own! # speaker: stiefvader
And you always want to be the fun one! # speaker: mama
You stand there. You feel a bit guilty. Now the row is about you.
Then Marco stops. He takes a deep breath.
Wait. Sorry. We need to talk about this together. Not like this. # speaker: stiefvader # mood: verdrietig
Mum nods. Her shoulders drop.
You're right. Sorry. # speaker: mama # mood: neutraal
Mum looks at you.
This isn't your fault, you know. Marco and I are going to have a calm talk. # speaker: mama
You go upstairs. # bg: slaapkamer # leave: mama # leave: stiefvader
Downstairs you hear them talking. Loud at first. Then quieter and quieter.
Then you hear Mum laugh. At something Marco says.
Grown-ups have rows sometimes too. If they make up afterwards, that is normal.
-> goedmaken

=== goedmaken ===
-> rustmoment ->
Later that evening. # music: rustig
Someone knocks on your door. # sfx: deur
Mum comes in. # enter: mama
{marco:
  Marco is standing behind her in the doorway. # enter: stiefvader
}
Can I sit with you for a minute? # speaker: mama # mood: neutraal
Mum sits down on the edge of your bed.
{schreeuwen:
  Sorry I shouted so loudly. That wasn't a good way to handle it. # speaker: mama # mood: verdrietig
}
{marco:
  Marco and I have talked. We agree now. # speaker: mama
}
I understand that you really want to go. Fleur is your best friend. # speaker: mama # mood: neutraal
You know, I was angry too. And disappointed. # speaker: mama
Gran only turns seventy once. I want us all to be fresh for it. # speaker: mama
We all have rows sometimes. I used to with Gran, too. # speaker: mama
The most important thing is that we make up afterwards. # speaker: mama
What do you say to Mum?
+ [Say sorry]
  -> einde_samen
+ [Say you are still angry]
  -> einde_later

=== einde_samen ===
{schreeuwen:Sorry, Mum. I said things that weren't nice either.}{mokken:Sorry I just walked off, Mum.}{marco:Sorry, Mum. You had already said no. I still asked Marco.} # speaker: ik # mood: verdrietig
Mum puts her arm around you. # music: hoopvol
Thank you. Shall we find a solution together? # speaker: mama # mood: blij
{mokken:
  Can I go to the party, but without sleeping over? # speaker: ik # mood: neutraal
  Mum looks surprised. Then she laughs.
  That's a good idea. Until ten o'clock. Then I'll pick you up. # speaker: mama # mood: blij
  You think of Jesse. Clever brother, you think. But you don't say it out loud.
- else:
  How about this? You can go to the party. Until ten o'clock. # speaker: mama # mood: blij
  But you sleep at home. On Sunday you need to be fresh for Gran. # speaker: mama
  You think that is fair. A bit of a shame. But fair.
}
{marco:
  I'll take you there, and I'll pick you up. # speaker: stiefvader # mood: blij
}
You send Fleur a message. I'm coming! But I'm not sleeping over. # sfx: melding
On Saturday evening you are in Fleur's living room. # bg: woonkamer # leave: mama
You're here! Come on, the pizza's almost ready. # speaker: vriendin # mood: blij
You eat pizza and watch a scary film. You laugh about nothing. # music: hoopvol
At ten o'clock the doorbell rings. # sfx: deurbel
{marco:Marco is at the door.|Mum is at the door.} Right on time.
You wave goodbye to Fleur. It was a brilliant evening. # leave: vriendin
On Sunday you sit next to Gran in Kerkrade. # bg: woonkamer # enter: oma
Gran blows out seventy candles. Well, a few of them.
You are a bit tired. But very happy.
I'm so glad you're here, sweetheart. # speaker: oma # mood: blij
-> spiegel

=== einde_later ===
I'm still angry. I don't want to talk yet. # speaker: ik # mood: boos
Mum nods calmly.
OK. That's allowed. You can be angry. # speaker: mama # mood: neutraal
I'll be downstairs if you want to talk. I love you, even when you're angry. # speaker: mama
Mum leaves. She leaves the door open a crack. # leave: mama
{marco:
  Marco gives you a thumbs up and leaves too. # leave: stiefvader
}
You lie on your bed. You look at the ceiling.
Slowly your anger gets smaller.
You smell pancakes. Your tummy rumbles.
You go downstairs. # bg: keuken # music: hoopvol
Mum, Marco and Jesse are already at the table. # enter: broer
There is a plate ready for you. With syrup.
Sorry, Mum. # speaker: ik # mood: verdrietig
I'm sorry too. Come on, eat up. # speaker: mama # mood: blij
The sleepover is not going to happen. Not for you. That stays the same.
But Mum has an idea.
Next weekend Fleur can come and sleep over here. OK? # speaker: mama # mood: blij
You nod. You take a bite of pancake.
It's not what you wanted. But it is fair.
You text Fleur. Happy birthday! Next week you're sleeping over at mine! # sfx: melding
Jesse pinches a piece from your plate.
That one's mine! # speaker: broer # mood: blij
Everyone laughs.
-> spiegel

=== spiegel ===
Every family has rows sometimes. That is normal. # music: rustig
Sometimes someone talks loudly. Sometimes a door slams shut.
What makes it OK? Nobody hits. Nobody calls names or makes the other person scared.
And afterwards you make up again. # discuss: How do you make up after a row at home?
Strict rules are normal too. Going to bed on time. Not gaming for too long.
As long as the rules are fair. And as long as you don't have to be scared.
Now a question about you. You don't have to say anything.
The game does not send your answer anywhere.
Do you ever have rows at home that get sorted out afterwards? # mirror: ruzie_goedkomen
+ [No, never]
  ~ mirror("ruzie_goedkomen", "nooit")
+ [Sometimes]
  ~ mirror("ruzie_goedkomen", "soms")
+ [Often]
  ~ mirror("ruzie_goedkomen", "vaak")
+ [I'd rather not say]
  ~ mirror("ruzie_goedkomen", "liever_niet")
- Thank you for thinking about this.
Do rows at your home never get sorted out? Does someone hit or call names, or are you scared?
Then it is not an ordinary row any more. Then you are allowed to ask for help.
And then it is never your fault.
-> reflectie
