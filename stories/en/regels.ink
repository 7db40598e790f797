# id: regels
# title: Phone on the charger
# theme: strenge_regels, eerlijke_straf
# note: This story is about strict rules at home, like screen time and bedtime. And about a fair punishment when you break a rule.
# age: 10
# minutes: 7
# cast: mama=Mum, stiefvader=Rob, zus=Evi, vriend=Sem, juf=Miss Petra
INCLUDE common.ink

-> begin

VAR straf = false
VAR gevraagd = false

=== begin ===
It is Thursday evening in Weert. You are lying on your bed with your phone. # bg: slaapkamer # music: rustig
You live with Mum, your little sister Evi and Rob.
Rob is your stepdad. He has lived with you for three years.
At your home there is a rule about your phone.
At nine o'clock it goes on the charger. In the kitchen, not in your room.
Evi does not have a phone yet. She is only seven.
It is five to nine. Your game is almost over. You are winning.
Your phone buzzes. A message from Sem in your class. # sfx: melding
One more game? It's so exciting! # speaker: vriend # mood: blij
You look at the clock. Five more minutes. # sfx: klok
Sem is allowed on his phone until eleven. At least, that is what he says.
What do you do?
+ [You take your phone to the kitchen]
  -> keuken
+ [You secretly keep playing for a bit]
  -> stiekem

=== keuken ===
You go downstairs. # bg: keuken # sfx: voetstappen
Rob is doing the dishes. # enter: stiefvader
Hey, right on time! # speaker: stiefvader # mood: blij
You put your phone on the charger. Straight away it buzzes again. # sfx: melding
Sem can stay on until eleven. Why do I always have to stop at nine? # speaker: ik
Rob dries his hands. He sits down at the kitchen table.
Do you remember last month? # speaker: stiefvader # mood: neutraal
You were so tired every morning. You almost fell asleep at breakfast. # speaker: stiefvader
Your body needs sleep. And a screen keeps you awake. # speaker: stiefvader
That is why Mum and I made this rule. # speaker: stiefvader
At Sem's house the rules are different. That's fine. In our house, this is the rule. # speaker: stiefvader
You still think it's annoying. But you do get what he means.
+ [You ask if the rule can change]
  -> onderhandelen
+ [You grumble and go upstairs]
  -> mopperen

=== onderhandelen ===
Can it be later at the weekend? At ten? # speaker: ik
Rob thinks for a moment. He scratches his chin.
Good question. I don't decide that on my own. # speaker: stiefvader # mood: neutraal
Tomorrow at dinner we'll talk about it. With Mum there too. Deal? # speaker: stiefvader # mood: blij
Deal. # speaker: ik
Rob holds up his hand. You give him a high five.
You feel taken seriously. It was OK to ask.
~ gevraagd = true
You go upstairs. Your room is dark and quiet. # bg: slaapkamer # sfx: voetstappen
You think about Sem's game for a moment. Then you fall asleep.
-> klas

=== mopperen ===
Ugh. It's just a stupid rule. # speaker: ik
You can think it's stupid. That's OK. # speaker: stiefvader # mood: neutraal
But the rule stays. Sleep well, champ. # speaker: stiefvader # mood: blij
You stomp up the stairs a bit too loudly. # sfx: voetstappen # leave: stiefvader
In your room you lie staring at the ceiling, still cross. # bg: slaapkamer
It is OK to be angry about a rule. Everyone feels that sometimes.
Then you fall asleep after all.
The next morning you have a maths test. # bg: klas # sfx: schoolbel
You are awake and fresh. The sums go quite well.
Maybe Rob was a little bit right. But you don't say that out loud.
-> klas

=== stiekem ===
You pull your duvet over your head. The screen glows in the dark. # music: gespannen
One game turns into two games. Two games turn into four.
Then it is half past ten. # sfx: klok
You hear footsteps on the stairs. # sfx: voetstappen
Your door opens. Mum is standing in the doorway. # sfx: deur # enter: mama
I can see light under your duvet. # speaker: mama # mood: neutraal
You jump. Your heart is pounding.
Mum holds out her hand.
Your phone, please. We'll talk tomorrow. Now go to sleep. # speaker: mama
She takes your phone and closes the door softly. # sfx: deur # leave: mama
You lie awake for a long time. You feel guilty. And a bit angry too.
Those are normal feelings when you did something in secret.
~ straf = true
The next morning everyone is at breakfast. # bg: keuken # music: rustig
Evi is eating bread with chocolate sprinkles. They are everywhere. # enter: zus
Rob pours the tea. # enter: stiefvader
Mum looks at you calmly. # enter: mama
Last night you were on your phone until half past ten. You knew the rule. # speaker: mama # mood: neutraal
So your phone stays with me for two days. Until Sunday evening. # speaker: mama
For homework you can use the laptop. Here in the living room. # speaker: mama
Evi looks from Mum to you with big eyes.
What do you do?
+ [You get angry]
  -> straf_boos
+ [You say sorry]
  -> straf_sorry
+ [You ask why it is two days]
  -> straf_waarom

=== straf_boos ===
That's not fair! It was just a game! # speaker: ik
Your voice is louder than you want. # music: gespannen
Mum stays calm. She does not shout back.
You're allowed to be angry. I get that it's annoying. # speaker: mama # mood: neutraal
But the deal stays. Two days. # speaker: mama
Rob nods.
We're not angry with you. It's about what you did. # speaker: stiefvader # mood: neutraal
You grab your bag and walk to the door. You are still angry. # sfx: deur
On the way to school the angry feeling slowly gets smaller. # bg: straat # music: rustig
The annoying thing is: you did know the rule.
-> klas

=== straf_sorry ===
Sorry. I just wanted to finish the game. # speaker: ik
Mum's face gets softer.
Thank you for saying that. I think that's brave. # speaker: mama # mood: blij
The two days still stand. But we're OK, you and me. # speaker: mama
She gives you a hug. Evi wants to join in.
Me too! # speaker: zus # mood: blij
Now you have chocolate sprinkles on your jumper. Everyone laughs.
-> klas

=== straf_waarom ===
Why two days? # speaker: ik
One day is too short. You would hardly notice it. # speaker: mama # mood: neutraal
A week is too long, I think. That doesn't fit what happened. # speaker: mama
Two days is fair, I think. # speaker: mama
And after that you get a clean slate. # speaker: mama
What's a clean slate? # speaker: zus
Rob laughs.
It means: it's over. We won't talk about it any more. # speaker: stiefvader # mood: blij
You still think it's annoying. But it doesn't feel mean. Mum explains it.
-> klas

=== klas ===
Friday afternoon. Miss Petra has a question for the class. # bg: klas # music: rustig # sfx: schoolbel
What rules do you have at home? # speaker: juf # mood: blij # discuss: What rules are there in your home? Do you think they are fair?
Sem puts his hand up straight away.
I'm allowed on my phone until eleven! # speaker: vriend # mood: blij
Miss Petra looks at him. She raises one eyebrow.
Well... on Fridays, anyway. # speaker: vriend # mood: neutraal
The class laughs.
Others tell their stories too. Someone has to do homework first. Someone else has to walk the dog every day.
Miss Petra nods.
Every family has its own rules. Sometimes they are strict. That is normal. # speaker: juf # mood: neutraal
Parents make rules to keep you safe. Good parents also explain why. # speaker: juf
If you break a rule, there can be a punishment. # speaker: juf
For example, a day without your phone. Or being grounded. # speaker: juf
Grounded means: for a while you can't go out, except to school. # speaker: juf
But some things never belong in a punishment. # speaker: juf # mood: neutraal
Hitting. Calling you names. Laughing at you. Locking you in. That is never OK. # speaker: juf
Not even if you did something wrong. # speaker: juf
Does that happen at your home? Then you can always tell me. # speaker: juf
You think about your home. About the charger in the kitchen.
Are there strict rules at your home too? Like a fixed bedtime or screen time? # mirror: strenge_regels
+ [No, never]
  ~ mirror("strenge_regels", "nooit")
+ [Sometimes]
  ~ mirror("strenge_regels", "soms")
+ [Often]
  ~ mirror("strenge_regels", "vaak")
+ [I'd rather not say]
  ~ mirror("strenge_regels", "liever_niet")
- Thank you for thinking about it. There is no right or wrong answer.
{ straf:
    -> straf_spiegel ->
}
The bell rings. Everyone grabs their things. # sfx: schoolbel
What do you do?
+ [You go up to Miss Petra]
  -> juf_vraag
+ [You go outside with Sem]
  -> schoolplein

=== straf_spiegel ===
You also think about your phone. Mum has it now.
Do you sometimes get punished at home, like being grounded or no phone? # mirror: eerlijke_straf
+ [No, never]
  ~ mirror("eerlijke_straf", "nooit")
+ [Sometimes]
  ~ mirror("eerlijke_straf", "soms")
+ [Often]
  ~ mirror("eerlijke_straf", "vaak")
+ [I'd rather not say]
  ~ mirror("eerlijke_straf", "liever_niet")
- This answer is yours too. It stays with you.
->->

=== juf_vraag ===
You wait until the classroom is empty. Miss Petra is tidying her desk. # music: rustig
Miss? Is it normal that I have to put my phone away at nine? # speaker: ik
Miss Petra sits on the edge of a table. She really takes her time.
Good that you ask. # speaker: juf # mood: blij
Do they explain why at home? # speaker: juf # mood: neutraal
Yes. Because I need sleep. # speaker: ik
That sounds like a home with clear rules. And with reasons. # speaker: juf # mood: blij
That's good, even if it's annoying sometimes. # speaker: juf
And remember: if anything ever happens that doesn't feel right, just come to me. # speaker: juf # mood: neutraal
Even if it seems small. I will listen. # speaker: juf
You nod. It feels good to know you can go to her.
-> naar_huis

=== schoolplein ===
Outside in the playground it is busy. # bg: schoolplein # music: hoopvol
Sem kicks a little stone. # enter: vriend
Er... actually I have to stop at ten too. # speaker: vriend # mood: neutraal
I said eleven. That sounded cooler. # speaker: vriend # mood: blij
You have to laugh.
And if I play too long, my dad takes my phone away. # speaker: vriend
Really? My mum does that too. # speaker: ik
Sem shrugs.
Annoying, right? But yeah. Parents. # speaker: vriend # mood: blij
You both laugh. It is nice to know it is the same at Sem's house.
-> naar_huis

=== naar_huis ===
{ straf:
    -> einde_terug
- else:
    { gevraagd:
        -> einde_afspraak
    - else:
        -> einde_spelletje
    }
}

=== einde_afspraak ===
Friday evening. Everyone is at the table. There is pasta. # bg: keuken # music: rustig
Mum, Rob and Evi are there. # enter: mama # enter: stiefvader # enter: zus
Rob looks at you.
You had a question. Go ahead. # speaker: stiefvader # mood: blij
Can my phone stay on until ten at the weekend? # speaker: ik
Mum thinks for a moment.
On school days it stays at nine. Because you have school. # speaker: mama # mood: neutraal
On Friday and Saturday it can be ten. If it goes well. # speaker: mama # mood: blij
I want ten o'clock too! # speaker: zus # mood: boos
You are seven. You go to bed at half past seven. # speaker: mama # mood: blij
Evi sticks out her tongue. Everyone laughs.
That evening you play with Sem. At five to ten you stop. # bg: slaapkamer # sfx: klok
You take your phone to the charger yourself. # music: hoopvol
You feel a little bit proud.
Strict rules are not always fun. But you can talk about them. And sometimes something changes.
-> reflectie

=== einde_spelletje ===
Friday evening. You are in the living room. # bg: woonkamer # music: rustig
Rob comes in with a pack of cards. # enter: stiefvader
Fancy a game? Without a screen? # speaker: stiefvader # mood: blij
Evi comes running straight away. # enter: zus
I'm playing too! # speaker: zus # mood: blij
You play Uno. Evi cheats. She pretends she doesn't. # music: hoopvol
Rob pretends he doesn't see. You laugh your head off.
Suddenly you hear the clock. Nine o'clock. # sfx: klok
You did not miss your phone for one moment.
You can always tell us if you think a rule is stupid. # speaker: stiefvader # mood: neutraal
Then we'll talk about it. Maybe something changes. Maybe not. # speaker: stiefvader
But we will listen. # speaker: stiefvader # mood: blij
Strict rules are not always fun. But at your home they come with reasons and jokes.
-> reflectie

=== einde_terug ===
Sunday evening. You are on the sofa in the living room. # bg: woonkamer # music: rustig
Two days without a phone were long. You did a lot of drawing. And you built a den with Evi.
Mum sits down next to you. She has your phone in her hand. # enter: mama
Here you go. The punishment is over. # speaker: mama # mood: blij
On the charger at nine. A new chance, OK? # speaker: mama
OK. # speaker: ik
Mum puts an arm around you.
I love you. Even when you do something wrong. # speaker: mama # mood: blij
Your phone buzzes. Sem has missed you. # sfx: melding # music: hoopvol
A punishment is not fun. But this one was fair.
You knew the rule. Mum explained why. Nobody hit you or called you names.
And after that, things were good again.
-> reflectie
