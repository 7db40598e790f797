# id: mantelzorg
# title: Doing everything yourself
# theme: jonge_mantelzorger, emotionele_verwaarlozing
# note: This story is about a child who looks after a mother who drinks too much, and a little sister. There is no violence, but there are a lot of worries.
# age: 13
# minutes: 7
# cast: mama=Mum, zus=Jada, mentor=Ms Haenen, coach=Coach Bas, buurvrouw=Mia, oma=Gran
INCLUDE common.ink

-> begin

VAR naar_training = false

=== begin ===
Monday morning, quarter past seven, in Roermond. You are standing in the kitchen. # bg: keuken # music: rustig
You are making two sandwiches for your little sister Jada. With cheese, no crusts.
Jada is six. She is sitting at the table in her pyjamas. She is singing a song.
Mum is still asleep. She often is.
By the sink there are three empty bottles. # music: verdrietig
You quickly put them in a bag. Before Jada sees them.
Mum drinks too much. She has for a few years.
She can't stop on her own any more. That is called an addiction. It is a kind of illness.
You are thirteen. You have been doing this for a year. Every morning.
Where's my PE bag? # speaker: zus # mood: neutraal
You look for it. It is under the sofa. Of course.
You take Jada to school. Then you cycle fast to your own school. # bg: straat # sfx: klok
You are late again. The third time this month.
Ms Haenen, your mentor, is standing at the classroom door. # bg: klas # enter: mentor
Late again. What happened? # speaker: mentor # mood: neutraal
You say the bus was late. You don't even take the bus.
Lying does not feel good. But telling the truth feels even scarier.
-> middag

=== middag ===
At break time your phone buzzes. A message from Mum. # bg: schoolplein # sfx: melding # music: gespannen
"Can you pick up Jada? I'm not feeling well. Sorry love. X"
You look at your bag. Your handball kit is in it.
There is training this afternoon. And on Saturday there is a match.
You have already missed three training sessions. Coach Bas asked last week where you were.
What do you do?
+ [You pick up Jada and skip training]
  -> thuis_avond
+ [You ask Mia next door to pick up Jada, and you go to training]
  ~ naar_training = true
  -> training

=== thuis_avond ===
You pick up Jada from school. She runs to meet you. # bg: straat # music: rustig
At home Mum is lying on the sofa. The curtains are closed. # bg: woonkamer # music: verdrietig
Hi, my darlings. # speaker: mama # mood: verdrietig
She talks slowly. A bit strangely. You know what that means.
You make pasta for dinner. With sauce from a jar. # bg: keuken
Jada wants ketchup. There is no ketchup. She cries.
You read her a bedtime story. The same book twice. # bg: slaapkamer
Then it is nine o'clock. Only now can you start on your school project. It has to be done tomorrow.
Your head is empty. Your eyes keep closing.
Downstairs it is quiet. You go to have a look. # bg: woonkamer
Mum is asleep on the sofa. You put a blanket over her.
She opens her eyes for a moment.
What would I do without you? # speaker: mama # mood: verdrietig
You don't know what to say. It feels sweet. And also very heavy.
You are angry. And sad. And worried. And you feel guilty that you are angry.
All those feelings at once. That is normal when you have to carry so much.
Nobody asks how you are doing. Nobody asks if you have eaten yet.
-> rustmoment ->
The next morning in class. Your project is not finished. # bg: klas # sfx: schoolbel # music: gespannen
Ms Haenen walks past the desks. She stops at yours.
Where is your project? # speaker: mentor # mood: neutraal
+ [You say your laptop was broken]
  -> smoes
+ [You tell her how things are at home]
  -> mentor_waarheid

=== smoes ===
My laptop was broken. # speaker: ik
Ms Haenen looks at you for a long moment.
OK. Then you have until Friday. # speaker: mentor # mood: neutraal
You know, if something is wrong, you can always come to me. About things outside school too. # speaker: mentor
You nod. You say nothing. Another lie. They are piling up.
It feels like carrying a backpack full of stones. Every day one more stone.
-> oma_bellen

=== mentor_waarheid ===
You want to make something up. But you are too tired.
I couldn't do it yesterday. I had to look after my little sister. # speaker: ik
Ms Haenen pulls up a chair. She talks quietly. So the class can't hear.
Will you come and see me after the lesson? # speaker: mentor # mood: neutraal
After the lesson you sit in the mentor room. You tell her. # bg: mentorkamer # sfx: deur # music: rustig
About Mum. About the bottles. About Jada. About the training you keep missing.
It all comes out at once. You start to cry. You didn't expect that.
Ms Haenen gives you a tissue. She waits.
Thank you for telling me this. That is very brave. # speaker: mentor # mood: neutraal
You do a lot of caring at home. That makes you a young carer. # speaker: mentor
A carer is someone who looks after a person who is ill. Or addicted. # speaker: mentor
There are lots of young people like you. You are not the only one. # speaker: mentor # mood: blij
But you are thirteen. You should get to be a child too. # speaker: mentor
Is Mum going to get into trouble now? # speaker: ik
The goal is for Mum to get help. And for you to have less to carry. # speaker: mentor # mood: neutraal
I want to talk about this with our school social worker. # speaker: mentor
That is someone at school who helps with problems at home. # speaker: mentor
I won't do anything without talking it over with you first. # speaker: mentor
-> einde_mentor

=== training ===
You call Mia, your neighbour. She answers straight away. # sfx: telefoon
Of course I'll pick up Jada. She can play at my house until you get home. # speaker: buurvrouw # mood: blij
After school you cycle to the sports hall. # bg: sportclub # music: hoopvol
In the changing room your teammate Fenna looks up in surprise.
"So you do still exist!" she calls. "We thought you'd quit."
You laugh along. But it feels strange. As if you are doing something wrong. As if you are letting Mum down.
But when you have the ball, you forget everything for a while. You score twice. # sfx: fluit
You laugh. For the first time in days.
After training Coach Bas calls you over. # music: rustig
Hey! Great to have you back. I missed you. # speaker: coach # mood: blij
You've been away a lot lately. Is something going on? # speaker: coach # mood: neutraal
+ [You tell Coach Bas what is going on at home]
  -> coach_waarheid
+ [You say you were busy with school]
  -> coach_smoes

=== coach_waarheid ===
You look down at your shoes.
My mother is ill a lot. She drinks. I look after my little sister. # speaker: ik
Coach Bas sits down next to you on the bench. At first he says nothing.
Thank you for telling me that. That's not easy, is it. # speaker: coach # mood: neutraal
You do a lot for your family. I can see that. # speaker: coach
But you don't have to do it all on your own. # speaker: coach
Can I call your mentor? Together we can see who can help you. # speaker: coach
I won't do anything without you knowing. # speaker: coach # mood: blij
You nod. It is strange. But it also feels light.
You cycle home. You pick up Jada from Mia's. # bg: straat # music: rustig
Jada has baked biscuits with Mia. She has saved a little bag for you.
Jada can come more often, you know. I'm at home on Mondays anyway. # speaker: buurvrouw # mood: blij
At home Mum is lying on the sofa. She is asleep. # bg: woonkamer
You put a blanket over her. You make dinner. You put Jada to bed.
It is just as much work as always. But it feels less heavy.
Someone else knows now.
-> einde_coach

=== coach_smoes ===
Just busy. With school. # speaker: ik
Coach Bas nods. You can see he doesn't quite believe you.
OK. But if things are ever not OK, you can come to me. # speaker: coach # mood: neutraal
Even if it's not about handball. # speaker: coach
He pats you on the shoulder.
You cycle home. You pick up Jada from Mia's. Mum is asleep. # bg: straat # music: verdrietig
You make dinner. You put Jada to bed. Your homework is not done again.
-> oma_bellen

=== oma_bellen ===
That night you lie in bed. You can't sleep. # bg: slaapkamer # music: verdrietig
You think of Gran. She lives in Weert. You don't see her very often.
Gran doesn't know how things are at home. Mum doesn't want her to.
You pick up your phone. You look at her name for a long time.
Then you call her anyway. # sfx: telefoon
Hello, love! Still awake so late? # speaker: oma # mood: blij
Gran... Mum is not doing well. # speaker: ik
Gran is quiet for a moment. Then her voice gets soft.
Tell me. I'm listening. # speaker: oma # mood: neutraal
You tell her. It takes a long time. Gran doesn't interrupt you.
I'll come on Saturday. I'll stay for a few days. # speaker: oma # mood: neutraal
You are the child. You don't have to look after everyone. # speaker: oma
And it is not your fault that Mum drinks. # speaker: oma
-> rustmoment ->
-> einde_oma

=== spiegel ===
Do you often look after a parent at home, or after your brothers or sisters? More than other people your age? # mirror: jonge_mantelzorger
+ [No, never]
  ~ mirror("jonge_mantelzorger", "nooit")
+ [Sometimes]
  ~ mirror("jonge_mantelzorger", "soms")
+ [Often]
  ~ mirror("jonge_mantelzorger", "vaak")
+ [I'd rather not say]
  ~ mirror("jonge_mantelzorger", "liever_niet")
- One more question.
Do you ever feel that nobody at home sees what you need? # mirror: emotionele_verwaarlozing
+ [No, never]
  ~ mirror("emotionele_verwaarlozing", "nooit")
+ [Sometimes]
  ~ mirror("emotionele_verwaarlozing", "soms")
+ [Often]
  ~ mirror("emotionele_verwaarlozing", "vaak")
+ [I'd rather not say]
  ~ mirror("emotionele_verwaarlozing", "liever_niet")
- Thank you. Your answers stay yours.
->->

=== einde_mentor ===
Three weeks later. # bg: mentorkamer # music: rustig
Every week you talk with the school social worker. Her name is Lieke.
Lieke has talked with Mum too. Mum cried. But she said yes to help.
Mum now goes to a counsellor who helps people with an addiction.
Jada goes to after-school club two afternoons a week. Then you don't have to look after her.
Ms Haenen gives you a thumbs up in the corridor. # music: hoopvol
-> spiegel ->
Not everything is fine yet. Mum has good days and bad days.
But you are not carrying it alone any more. And on Saturday you are back on the court.
-> reflectie

=== einde_coach ===
A week later. You are back on the court. # bg: sportclub # sfx: fluit # music: hoopvol
Coach Bas has talked with your mentor. With you there too.
Ms Haenen knows a group for young carers. Young people who look after someone at home.
You have been once. Everyone understood you straight away. You didn't have to explain anything.
A boy talked about his dad in a wheelchair. A girl about her brother who needs a lot of care.
Another girl also had a mother who drinks. She said: "I always thought I was the only one."
You thought so too.
Mia next door now picks up Jada on Mondays. Then you can go to training.
And someone from the council is coming to talk with Mum. About help with the drinking.
-> spiegel ->
You look after others. But you deserve to be looked after too.
Having fun does not mean you are letting Mum down. It is what you need.
-> reflectie

=== einde_oma ===
On Saturday Gran is at the door. With a big suitcase. # bg: woonkamer # sfx: deurbel # music: rustig
She opens the curtains. She makes tea. She gives Jada a very long hug. # enter: oma
Then she sits down at the table with Mum. The door closes. # sfx: deur
You hear Mum crying. And Gran talking softly.
Later Mum comes over to you. Her eyes are red. # enter: mama
I'm sorry, love. You have done far too much. # speaker: mama # mood: verdrietig
On Monday I'm going to the doctor. I want help. # speaker: mama # mood: neutraal
Gran is staying for a while. She takes Jada to school. # music: hoopvol
You can just be on time. And go to training.
{ naar_training:
    On Tuesday at training Coach Bas gives you a thumbs up. You score again.
- else:
    On Tuesday you go back to training. Coach Bas is happy to see you.
}
-> spiegel ->
It is not solved yet. But you don't have to do it alone any more.
You are the child. There are grown-ups who help. Gran is one of them.
-> reflectie
