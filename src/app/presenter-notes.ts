// Notes for the presenter (an expert by experience, or a teacher) per scenario: what it is about,
// what pupils may feel, and what to say when someone reacts strongly. Shown only in presenter mode,
// on the scenario's page and behind "Notities" while playing. Keep them short and in the game's voice
// (CONTENT.md): never blame, never shock, name feelings as normal, reflect and never diagnose.
// tests/unit/presenter-notes.test.ts checks that every scenario in stories/nl has notes in both languages.

export interface PresenterNote {
  /** What the scenario is about, in one or two sentences. */
  about: string;
  /** What pupils may feel or think while watching. */
  feelings: string;
  /** What to say when a pupil reacts strongly (cries, laughs, walks out, says "that happens at my home"). */
  strongReaction: string;
}

/** Notes exist in Dutch and English; presenters in any other language get the English notes. */
export type NotesLang = 'nl' | 'en';

export const PRESENTER_NOTES: Record<string, Record<NotesLang, PresenterNote>> = {
  alleen: {
    nl: {
      about:
        'Een kind heeft thuis eten, kleren en een telefoon, maar niemand kijkt of luistert echt. Het gaat over emotionele verwaarlozing: het verschil tussen druk zijn en nooit aandacht hebben.',
      feelings:
        'Leerlingen kunnen het "niet zo erg" vinden, omdat niemand slaat. Sommigen herkennen de stilte thuis en worden stil of juist lacherig.',
      strongReaction:
        'Zeg: "Aandacht krijgen is iets wat elk kind nodig heeft. Als je die niet krijgt, is dat niet jouw schuld." Nodig uit om na de les te praten, of met de mentor.',
    },
    en: {
      about:
        'A child has food, clothes and a phone at home, but nobody really looks or listens. It is about emotional neglect: the difference between being busy and never paying attention.',
      feelings:
        'Pupils may think it is "not that bad" because nobody hits. Some recognise the silence at home and go quiet, or laugh.',
      strongReaction:
        'Say: "Every child needs attention. If you do not get it, that is not your fault." Invite them to talk after class, or with their mentor.',
    },
  },
  geheim: {
    nl: {
      about:
        'Een volwassene raakt een kind aan op een manier die niet goed voelt, en zegt dat het geheim moet blijven. Het gaat over het verschil tussen een fijn en een naar geheim, en over bevriezen. Er is geen detail.',
      feelings:
        'Schaamte, ongemak en giechelen zijn gewone reacties. Een leerling kan ineens heel stil worden. Sommigen denken dat het kind "had moeten weglopen".',
      strongReaction:
        'Zeg: "Bevriezen is een gewone reactie van je lijf. Het is nooit de schuld van het kind." Vraag niet door in de klas. Zoek de leerling na de les rustig op, samen met de vertrouwenspersoon.',
    },
    en: {
      about:
        'An adult touches a child in a way that does not feel right, and says it must stay secret. It is about the difference between a nice and a heavy secret, and about freezing. There is no detail.',
      feelings:
        'Shame, unease and giggling are ordinary reactions. A pupil may suddenly go very quiet. Some think the child "should have run away".',
      strongReaction:
        'Say: "Freezing is an ordinary reaction of your body. It is never the child\'s fault." Do not ask further in class. Find the pupil quietly after class, together with the school\'s confidential adviser.',
    },
  },
  getuige: {
    nl: {
      about:
        'Een kind hoort door de muur hoe papa mama bedreigt en slaat, en zorgt voor een klein zusje. Het gaat over getuige zijn van huiselijk geweld: dat telt ook als kindermishandeling.',
      feelings:
        'Angst, boosheid op papa, medelijden met mama. Sommige leerlingen kennen de geluiden. Ze kunnen willen dat het kind "iets doet".',
      strongReaction:
        'Zeg: "Het kind hoeft dit niet op te lossen. Dat is werk voor volwassenen." Noem Veilig Thuis en 112. Laat weten dat je na de les blijft.',
    },
    en: {
      about:
        'A child hears through the wall how dad threatens and hits mum, and looks after a little sister. It is about witnessing domestic violence: that counts as child abuse too.',
      feelings:
        'Fear, anger at dad, pity for mum. Some pupils know those sounds. They may want the child to "do something".',
      strongReaction:
        'Say: "The child does not have to solve this. That is a job for adults." Mention Veilig Thuis and 112. Let them know you stay after class.',
    },
  },
  handle_with_care: {
    nl: {
      about:
        'Na een nacht met heftige ruzie en politie in huis gaat een kind naar school. De meester weet dat er iets was (Handle with Care) en helpt zonder vragen te stellen.',
      feelings:
        'Opluchting dat de school helpt, of juist schrik: "weet school dat dan?" Moeheid en stil zijn na zo\'n nacht zijn herkenbaar.',
      strongReaction:
        'Zeg: "School hoort alleen dát er iets was, niet wat. Je hoeft niets te vertellen." Leg uit dat een rustige plek in de klas mag.',
    },
    en: {
      about:
        'After a night with a terrible row and the police at home, a child goes to school. The teacher knows something happened (Handle with Care) and helps without asking questions.',
      feelings:
        'Relief that school helps, or a shock: "does school know, then?" Being tired and quiet after such a night is familiar to some.',
      strongReaction:
        'Say: "School only hears that something happened, not what. You do not have to tell anything." Explain that a quiet place in class is allowed.',
    },
  },
  lege_koelkast: {
    nl: {
      about:
        'Een kind krijgt thuis vaak geen eten, schone kleren of zorg, en houdt dat geheim. Het gaat over lichamelijke verwaarlozing: een patroon, niet één vergeten lunch.',
      feelings:
        'Leerlingen kunnen lachen om de smoesjes, of zich schamen. Armoede en verwaarlozing lopen door elkaar: dat kan pijnlijk zijn.',
      strongReaction:
        'Zeg: "Geld tekort hebben is geen schuld van een kind, en ook geen mishandeling. Maar elk kind heeft recht op eten en zorg." Noem de mentor en De Kindertelefoon.',
    },
    en: {
      about:
        'A child often gets no food, clean clothes or care at home, and keeps it secret. It is about physical neglect: a pattern, not one forgotten lunch.',
      feelings:
        'Pupils may laugh at the excuses, or feel ashamed. Poverty and neglect get mixed up: that can hurt.',
      strongReaction:
        'Say: "Being short of money is never a child\'s fault, and it is not abuse. But every child has a right to food and care." Mention the mentor and De Kindertelefoon.',
    },
  },
  mantelzorg: {
    nl: {
      about:
        'Een kind zorgt thuis voor een moeder die te veel drinkt en voor een klein zusje. Er is geen geweld. Het gaat over jonge mantelzorgers: kinderen die te veel zorg dragen.',
      feelings:
        'Trots ("zij is sterk"), loyaliteit met de moeder, en herkenning. Leerlingen die zelf zorgen, vinden het vaak normaal.',
      strongReaction:
        'Zeg: "Helpen thuis is mooi. Maar niemand van jouw leeftijd hoort er alleen voor te staan." Vertel dat er hulp is voor jonge mantelzorgers, via de mentor of de gemeente.',
    },
    en: {
      about:
        'A child looks after a mother who drinks too much, and after a little sister. There is no violence. It is about young carers: children who carry too much care.',
      feelings:
        'Pride ("she is strong"), loyalty to the mother, and recognition. Pupils who care for someone at home often think it is normal.',
      strongReaction:
        'Say: "Helping at home is good. But nobody your age should carry it alone." Tell them there is help for young carers, through the mentor or the municipality.',
    },
  },
  regels: {
    nl: {
      about:
        'Een gezin met strenge regels over schermtijd en bedtijd, en een eerlijke straf als een regel wordt gebroken. Dit is een gewoon gezin: het laat zien wat normaal is.',
      feelings:
        'Herkenning en gemopper ("bij ons is het veel strenger"). Goed voor een open gesprek. Een leerling kan merken dat het thuis niet eerlijk gaat.',
      strongReaction:
        'Zeg: "Strenge regels zijn normaal, zolang ze eerlijk zijn en niemand slaat, scheldt of je bang maakt." Als iemand iets anders vertelt: luister, en spreek na de les af.',
    },
    en: {
      about:
        'A family with strict rules about screen time and bedtime, and a fair punishment when a rule is broken. This is an ordinary family: it shows what is normal.',
      feelings:
        'Recognition and grumbling ("ours are much stricter"). Good for an open talk. A pupil may notice that things at home are not fair.',
      strongReaction:
        'Say: "Strict rules are normal, as long as they are fair and nobody hits, calls names or scares you." If someone says otherwise: listen, and make time after class.',
    },
  },
  ruzie: {
    nl: {
      about:
        'Een gezin maakt hard ruzie over een logeerfeestje en maakt het daarna weer goed. Niemand wordt geslagen of uitgescholden. Dit is een gewoon gezin: ruzie die goedkomt.',
      feelings:
        'Veel herkenning en lachen. Voor sommige leerlingen is dit juist níet hoe het thuis gaat: bij hen komt ruzie nooit goed.',
      strongReaction:
        'Zeg: "Ruzie is normaal. Niet normaal is: slaan, schelden, bang maken, of dat het nooit goedkomt." Laat weten dat je er na de les bent.',
    },
    en: {
      about:
        'A family has a loud row about a sleepover and makes it up afterwards. Nobody is hit or called names. This is an ordinary family: a row that gets sorted out.',
      feelings:
        'Lots of recognition and laughter. For some pupils this is exactly not how it goes at home: rows there never get sorted out.',
      strongReaction:
        'Say: "Rows are normal. Not normal is: hitting, name-calling, scaring, or it never getting sorted out." Let them know you are there after class.',
    },
  },
  schelden: {
    nl: {
      about:
        'Een moeder scheldt haar kind steeds uit, kleineert het en maakt het bang. Niemand wordt geslagen. Het gaat over emotionele mishandeling: woorden die blijven.',
      feelings:
        'Leerlingen kunnen zeggen "dat is toch geen mishandeling?". Wie dit thuis hoort, kan zich schamen of de woorden zelf geloven.',
      strongReaction:
        'Zeg: "Wat iemand steeds tegen je zegt, is niet wie je bent. Woorden kunnen veel pijn doen, en dat telt." Noem De Kindertelefoon en de mentor.',
    },
    en: {
      about:
        'A mother keeps calling her child names, putting the child down and scaring the child. Nobody is hit. It is about emotional abuse: words that stay.',
      feelings:
        'Pupils may say "that is not abuse, is it?". Someone who hears this at home may feel ashamed, or believe the words.',
      strongReaction:
        'Say: "What someone keeps saying to you is not who you are. Words can hurt a lot, and that counts." Mention De Kindertelefoon and the mentor.',
    },
  },
  slaan: {
    nl: {
      about:
        'Een vader slaat zijn kind na een gebroken bord en doet de volgende dag alsof er niets is gebeurd. Het slaan zie je niet. Het gaat over lichamelijke mishandeling: één keer slaan is al niet oké.',
      feelings:
        'Schrik, boosheid, en twijfel ("soms verdien je een tik"). Sommigen kennen het. De zin "kijk wat je me laat doen" raakt vaak.',
      strongReaction:
        'Zeg: "Een kind slaan is nooit oké, ook niet als je iets fout deed. Het is nooit jouw schuld." Vraag niets in de klas; spreek de leerling na de les rustig aan.',
    },
    en: {
      about:
        'A father hits his child after a broken plate and acts the next day as if nothing happened. You do not see the hitting. It is about physical abuse: hitting once is already not OK.',
      feelings:
        'Shock, anger, and doubt ("sometimes you deserve a smack"). Some know it. The line "look what you make me do" often hits home.',
      strongReaction:
        'Say: "Hitting a child is never OK, not even when you did something wrong. It is never your fault." Ask nothing in class; talk to the pupil quietly after class.',
    },
  },
  sorry: {
    nl: {
      about:
        'Een vader schreeuwt na een rotdag één keer hard tegen zijn kinderen, en komt later sorry zeggen en uitleggen. Dit is een gewoon gezin: het laat zien wat normaal is.',
      feelings:
        'Herkenning en opluchting. Voor wie thuis vaak geschreeuw hoort zonder sorry, kan het verschil pijnlijk duidelijk worden.',
      strongReaction:
        'Zeg: "Ouders maken ook fouten. Normaal is: het één keer, en daarna sorry. Niet normaal is: vaak, en bang maken." Bied een gesprek na de les aan.',
    },
    en: {
      about:
        'After a bad day a father shouts at his children once, and later comes to say sorry and explain. This is an ordinary family: it shows what is normal.',
      feelings:
        'Recognition and relief. For someone who hears shouting at home often without a sorry, the difference may become painfully clear.',
      strongReaction:
        'Say: "Parents make mistakes too. Normal is: once, and then sorry. Not normal is: often, and scaring you." Offer a talk after class.',
    },
  },
  twee_huizen: {
    nl: {
      about:
        'Ouders zijn uit elkaar en blijven ruzie maken. Het kind moet boodschappen doorgeven en kiezen. Het gaat over vechtscheiding en klem zitten tussen ouders.',
      feelings:
        'Veel leerlingen hebben gescheiden ouders: herkenning, loyaliteit, soms boosheid. Ze kunnen bang zijn dat scheiden zelf "fout" is.',
      strongReaction:
        'Zeg: "Ouders mogen uit elkaar gaan. Maar een kind hoort er niet tussen te zitten. Je mag van allebei je ouders houden." Noem de mentor en De Kindertelefoon.',
    },
    en: {
      about:
        'Parents have split up and keep fighting. The child has to pass on messages and choose. It is about a high-conflict divorce and being caught in the middle.',
      feelings:
        'Many pupils have divorced parents: recognition, loyalty, sometimes anger. They may fear that divorce itself is "wrong".',
      strongReaction:
        'Say: "Parents may split up. But a child should not be caught in the middle. You may love both your parents." Mention the mentor and De Kindertelefoon.',
    },
  },
  vertellen: {
    nl: {
      about:
        'Een oefening: hoe vertel je een volwassene dat het thuis niet goed gaat? Aan wie, wanneer, met welke eerste zin, en wat als die volwassene niet goed reageert. Er komt geen geweld in voor.',
      feelings:
        'Leerlingen vinden vertellen vaak eng of "verraad". Laat de klas samen kiezen: dat maakt het makkelijker.',
      strongReaction:
        'Zeg: "Het is dapper om iets te vertellen. Als de eerste volwassene niet goed reageert, vertel het dan aan iemand anders." Noem de vertrouwenspersoon van school bij naam.',
    },
    en: {
      about:
        'Practice: how do you tell an adult that things at home are not OK? Whom, when, with which first sentence, and what if that adult does not react well. There is no violence in it.',
      feelings:
        'Pupils often find telling scary, or feel it is "betrayal". Let the class choose together: that makes it easier.',
      strongReaction:
        'Say: "It is brave to tell someone. If the first adult does not react well, tell someone else." Name the school\'s confidential adviser.',
    },
  },
  vriend_vertelt: {
    nl: {
      about:
        'Een oefening: een vriend vertelt dat zijn vader thuis zijn moeder slaat. Wat doe je dan? Luisteren, niet alles beloven, en samen een volwassene zoeken. Je ziet geen geweld.',
      feelings:
        'Leerlingen willen een vriend niet verraden en beloven snel geheimhouding. Sommigen hebben zoiets al eens gehoord van een vriend.',
      strongReaction:
        'Zeg: "Je hoeft het niet alleen op te lossen. Je mag een volwassene om hulp vragen, ook voor een vriend." Noem De Kindertelefoon en Veilig Thuis (ook voor advies).',
    },
    en: {
      about:
        'Practice: a friend tells you his dad hits his mum at home. What do you do? Listen, do not promise everything, and find an adult together. You see no violence.',
      feelings:
        'Pupils do not want to betray a friend and quickly promise secrecy. Some have heard something like this from a friend before.',
      strongReaction:
        'Say: "You do not have to solve it alone. You may ask an adult for help, also for a friend." Mention De Kindertelefoon and Veilig Thuis (also for advice).',
    },
  },
};

export function presenterNote(id: string, lang: string): PresenterNote | null {
  return PRESENTER_NOTES[id]?.[lang === 'nl' ? 'nl' : 'en'] ?? null;
}
