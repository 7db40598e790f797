# id: lege_koelkast
# title: The empty fridge
# theme: lichamelijke_verwaarlozing
# note: This story is about a child who often gets no food, clean clothes or care at home. The child keeps it a secret.
# age: 10
# minutes: 7
# cast: mama=Mum, zus=Yara, vriend=Tim, coach=Coach Ricardo, buurvrouw=Mrs Janssen
INCLUDE common.ink

-> begin

=== begin ===
Monday morning in Roermond. # bg: keuken # music: verdrietig
You open the fridge.
There is a bottle of ketchup. And a carton of milk that smells sour.
Nothing else. Just like yesterday. Just like last week.
In the cupboard you find three crackers. You give two to your little sister Yara.
Yara is five. You are ten.
Aren't you hungry? # speaker: zus # mood: neutraal
No, I'm fine. # speaker: ik # mood: neutraal
That is not true. Your tummy is rumbling.
You put on your jumper. The same one as yesterday. And the day before.
There is a stain on it. You put your coat on over it.
Your trousers have got too short. Your shoes have a hole in them.
You go to Mum's bedroom. You knock softly. # sfx: klok
Mum? We're going to school. # speaker: ik
Off you go, love. I'm so tired. # speaker: mama # mood: verdrietig
Since Dad left, Mum stays in bed a lot.
She is not mean. She loves you both. She says so often.
But the shopping, the washing, the dentist ... She can't manage it any more.
So you do it. As well as you can.
You take Yara to her class. Then you go to yours. # bg: schoolplein # sfx: schoolbel # leave: zus
-> lunch

=== lunch ===
It is twelve o'clock. Time to eat. # bg: klas # music: rustig
Everyone gets out a lunch box. You smell cheese and peanut butter.
Tim sits next to you. He has three sandwiches and an apple.
Where's your lunch? # speaker: vriend # mood: neutraal
Tim asks that quite often. What do you do?
+ [Say you forgot your lunch]
  -> vergeten
+ [Go to the toilet until lunch is over]
  -> wc
+ [Say you already ate and go outside]
  -> buiten

=== vergeten ===
Forgot it. Silly, right? # speaker: ik # mood: neutraal
Tim looks at you.
Again? Last week you kept forgetting it too. # speaker: vriend
He slides a sandwich over to you. Without saying anything.
You eat it very fast. You feel a bit ashamed.
Thanks. # speaker: ik # mood: blij
Tim shrugs.
No problem. # speaker: vriend # mood: blij
But you can see he is thinking about it.
-> training

=== wc ===
I just need the toilet. # speaker: ik
You go to the toilets. You lock the door. # bg: badkamer
You drink water from the tap. Lots of water.
Then your tummy feels full for a moment.
You wait for the bell to ring. It takes a long time. # sfx: klok
Back in class your tummy rumbles. Very loudly. # bg: klas # sfx: schoolbel
A few children laugh. You go red.
Tim doesn't laugh. He just looks at you.
-> training

=== buiten ===
I already ate at home. I'm going to play football. # speaker: ik
You run outside. # bg: schoolplein
You kick the ball against the wall. Again and again.
Then everything goes blurry for a moment. You have to sit down.
Your head is pounding. Your legs feel weak.
Tim comes and sits next to you. # enter: vriend
Are you OK? You're really pale. # speaker: vriend # mood: bang
Just tired. # speaker: ik
Tim gives you his apple. You eat it right down to the core.
-> training

=== training ===
Wednesday afternoon. Football training. # bg: sportclub # music: gespannen # leave: vriend
You have played football at the club for two years. It is your favourite hour of the week.
But today it isn't working.
Your shoes have a hole. Your foot is wet.
You have no water bottle. Today you have only eaten one cracker.
And your tooth hurts. It has hurt for two weeks.
Mum keeps saying: tomorrow we'll call the dentist. But tomorrow never comes.
Coach Ricardo blows his whistle. # sfx: fluit
Sprints! Come on, everyone! # speaker: coach # mood: blij
You run. Your legs feel like rubber.
Halfway you have to stop. Everything is spinning.
You sit down on the grass. Your head between your knees.
Coach Ricardo comes over. He kneels down next to you. # enter: coach
Easy now. Just breathe for a bit. I'm here with you. # speaker: coach # mood: bang
-> rustmoment ->
After training you sit in the club canteen. # music: rustig
Coach Ricardo puts a currant bun and a cup of chocolate milk in front of you.
Eat first. Then we'll talk. # speaker: coach # mood: neutraal
You eat everything. Down to the last currant.
I've been noticing things for a while. # speaker: coach
Your shoes. You're often tired. And you never bring any food. # speaker: coach
You're not in trouble, you know. I'm worried about you. # speaker: coach
How are things at home? # speaker: coach
You look at the empty cup. What do you do?
+ [Tell him about the empty fridge]
  -> einde_coach
+ [Say everything is fine]
  -> niks_zeggen

=== niks_zeggen ===
Everything's fine, coach. Really. # speaker: ik # mood: neutraal
Coach Ricardo nods slowly.
OK. You don't have to tell me anything. # speaker: coach # mood: neutraal
But after every training there will be a currant bun here for you. Deal? # speaker: coach
And if you want to talk, I'm here. Always. # speaker: coach
-> avond

=== avond ===
That evening you sit on the sofa with Yara. # bg: woonkamer # music: verdrietig # leave: coach
Mum is asleep. The TV is on quietly.
I'm hungry. # speaker: zus # mood: verdrietig
The crackers are gone. There is nothing left.
You think of Mrs Janssen. The neighbour next door.
Last month she gave you a bag of apples. She is always kind.
What do you do?
+ [Ring the neighbour's doorbell with Yara]
  -> einde_buurvrouw
+ [Decide not to ring after all]
  -> einde_later

=== einde_coach ===
You take a deep breath. # music: rustig
There's almost never any food at home. The fridge is empty. # speaker: ik # mood: verdrietig
Mum stays in bed a lot. I look after Yara. # speaker: ik
But I can't always manage. # speaker: ik
Now your eyes are wet. You had never said it out loud before.
Coach Ricardo listens. He doesn't get angry. Not at Mum either.
Thank you for telling me this. That is very brave. # speaker: coach # mood: verdrietig
You know, every child has a right to food. And to clean clothes, sleep and a doctor. # speaker: coach # mood: neutraal
Grown-ups have to take care of that. Not you. # speaker: coach
It is not your fault that things aren't working at home. # speaker: coach
I don't want Mum to get into trouble. # speaker: ik # mood: bang
I understand. I think Mum mostly needs help. # speaker: coach
Sometimes grown-ups can't manage for a while. Then getting help is very normal. # speaker: coach
I want to ask Veilig Thuis for advice. That is the Dutch helpline for safety at home. # speaker: coach
They listen, give advice and can arrange help for your family. # speaker: coach
I'll tell you first what I'm going to do. You will hear everything. # speaker: coach # mood: blij
Two weeks later. # bg: keuken # music: hoopvol # leave: coach
A woman from the local family support team comes round. She helps families who are having a hard time.
She goes to the doctor with Mum. And she finds a dentist for you.
Now there is milk, cheese and yoghurt in the fridge.
Things don't go well every day yet. Mum is still often tired.
But Mum laughs again sometimes. And you don't have to do everything on your own any more.
-> spiegel

=== einde_buurvrouw ===
Come on, Yara. Let's pop round to the neighbours. # speaker: ik
You ring Mrs Janssen's doorbell. # bg: straat # sfx: deurbel
The door opens. Mrs Janssen is wearing an apron. # enter: buurvrouw
Hey, you two! How lovely. # speaker: buurvrouw # mood: blij
Then she looks more closely. At Yara. At your jumper with the stain.
Have you had anything to eat yet? # speaker: buurvrouw # mood: neutraal
Yara shakes her head. You look at the ground.
Come in. There's still some soup. # speaker: buurvrouw # mood: neutraal
You sit in her kitchen. # bg: keuken
The soup is warm. Yara eats two bowls.
Mrs Janssen doesn't ask why. She pours out a bit more soup.
You can always come here. I mean that. # speaker: buurvrouw
Shall I pop round to see your mum tomorrow? To see if I can help? # speaker: buurvrouw
Won't she be angry? # speaker: ik # mood: bang
I'm not going to be cross with your mum. I want to help. # speaker: buurvrouw # mood: neutraal
And I know people who help families. That is very normal. # speaker: buurvrouw
This is not your fault. And you don't have to carry this alone. # speaker: buurvrouw # music: hoopvol
You feel warm inside. From the soup. And from her words.
-> spiegel

=== einde_later ===
You stay where you are. You feel too ashamed. # music: verdrietig
You get a glass of water for Yara. And one for yourself.
Yara falls asleep on the sofa. You put a blanket over her.
You think of Coach Ricardo. And the currant bun.
After every training there will be one for you. That is what he said.
And if you want to talk, he is there.
Maybe you will tell him next week. # music: rustig
You don't have to carry everything on your own. You can always ask for help.
-> spiegel

=== spiegel ===
This story is made up. But it really happens. # music: rustig
Lots of children look after themselves at home. They don't tell anyone.
So you are not the only one.
Having no lunch once can happen. That is not a big deal.
But often no food, no clean clothes or no doctor? That is not OK.
Now a question about you. You don't have to say anything.
The game does not send your answer anywhere.
Is there ever too little food at your home? Or no clean clothes, or no care when you are ill? # mirror: lichamelijke_verwaarlozing
+ [No, never]
  ~ mirror("lichamelijke_verwaarlozing", "nooit")
+ [Sometimes]
  ~ mirror("lichamelijke_verwaarlozing", "soms")
+ [Often]
  ~ mirror("lichamelijke_verwaarlozing", "vaak")
+ [I'd rather not say]
  ~ mirror("lichamelijke_verwaarlozing", "liever_niet")
+ [It is happening now and I am not safe]
  ~ danger()
  ~ mirror("lichamelijke_verwaarlozing", "vaak")
- Thank you for thinking about this.
Making sure there is food, clothes and a doctor is the job of grown-ups.
If that doesn't work at home, it is never your fault.
-> reflectie
