// Arabic UI text (العربية), right-to-left. PARTIAL on purpose: a key that is missing here is shown in
// English at runtime (src/i18n/index.ts), and the help and reflection texts are shown in English too until
// they are translated. The storage and "my mirror" screens are still English. Simple Modern Standard
// Arabic; "you" in the generic masculine form. Needs a review by a native speaker before a release.
import type { PartialMessages } from './nl';

export const ar: PartialMessages = {
  'app.name': 'Spiegel',
  'app.tagline': 'لعبة فيها قصص عن البيت',
  'start.lead': 'العب قصصاً قصيرة عن البيت. اكتشف هل ما يحدث في بيتك طبيعي. ومن يستطيع مساعدتك.',
  'start.private': 'اللعبة لا تحفظ شيئاً ولا ترسل شيئاً. لا تحتاج أن تكتب اسمك.',
  'start.begin': 'ابدأ',
  'start.language': 'اللغة',
  'start.safety': 'كيف ألعب بأمان؟',
  'start.forSchools': 'للمدارس',
  'start.resume': 'تابع من حيث توقفت',

  'safety.title': 'اللعب بأمان',
  'safety.exit': 'تريد أن تخرج بسرعة؟ اضغط على الزر الأحمر «خروج سريع». أو اضغط على Shift ثلاث مرات.',
  'safety.exitWhat': 'سترى فوراً موقعاً عن الطقس. وتختفي اللعبة.',
  'safety.stores': 'اللعبة لا تحفظ شيئاً مما تختاره. ولا ترسل شيئاً.',
  'safety.cannotHide':
    'ما لا تستطيع اللعبة إخفاءه: سجل المتصفح، وقائمة المكالمات في هاتفك، والتطبيقات التي تراقب ما تفعله.',
  'safety.tip': 'نصيحة: العب في نافذة خاصة (التصفح المتخفي). هكذا يتذكر المتصفح أقل.',
  'safety.continue': 'فهمت، تابع',

  'age.title': 'كم عمرك؟',
  'age.why': 'هكذا نختار الكلمات والمساعدة المناسبة لك. لا نحفظ عمرك.',
  'age.10-12': 'من 10 إلى 12 سنة',
  'age.13-15': 'من 13 إلى 15 سنة',
  'age.16-18': 'من 16 إلى 18 سنة',
  'age.volwassene': 'أنا شخص بالغ أو مُعلّم',
  'age.rather-not': 'أفضّل ألا أقول',

  'select.title': 'اختر قصة',
  'select.lead': 'كل قصة تستغرق بضع دقائق. يمكنك التوقف دائماً.',
  'select.suggestion': 'ابدأ من هنا',
  'select.minutes': 'حوالي {n} دقائق',
  'select.normal': 'عائلة عادية',
  'select.about': 'عن',
  'select.inDutch': 'باللغة الهولندية',
  'select.dutchOnly': 'هذه القصص متوفرة الآن باللغة الهولندية فقط:',

  'note.heading': 'عمّ تتحدث هذه القصة؟',
  'note.minutes': 'تستغرق حوالي {n} دقائق.',
  'note.control': 'يمكنك دائماً أن تأخذ استراحة، أو تتوقف، أو تطلب المساعدة بالأزرار في الأعلى.',
  'note.start': 'ابدأ القصة',
  'note.other': 'اختر قصة أخرى',

  'story.next': 'التالي',
  'story.you': 'أنت',
  'story.narrator': 'الراوي',
  'story.private': 'هذا السؤال لك وحدك. لا أحد يرى جوابك.',
  'story.calmOffer': 'هل تريد لحظة هدوء؟ قم بتمرين التنفس.',
  'story.log': 'القصة',

  'toolbar.label': 'أزرار اللعبة',
  'toolbar.help': 'مساعدة',
  'toolbar.danger': 'أنا لست في أمان الآن',
  'toolbar.dangerShort': 'لست في أمان',
  'toolbar.calmShort': 'هدوء',
  'toolbar.soundShort': 'الصوت',
  'toolbar.calm': 'لحظة هدوء',
  'toolbar.soundOn': 'الصوت مُشغّل',
  'toolbar.soundOff': 'الصوت مُطفأ',
  'toolbar.menu': 'القائمة',

  'reflection.title': 'مرآتك',
  'reflection.lead': 'من الجيد أنك لعبت هذه القصة. هذا ما قلته.',
  'reflection.none': 'لم تجب عن سؤال عن البيت. وهذا جيد أيضاً.',
  'reflection.help': 'من يستطيع مساعدتك؟',
  'reflection.again': 'قصة أخرى',
  'reflection.notStored': 'هذا لا يُحفظ. عندما تغلق اللعبة، يختفي.',

  'help.title': 'من يستطيع مساعدتك؟',
  'help.dangerFirst': 'في خطر الآن؟ اتصل بـ 112',
  'help.dangerText': 'هل أنت أو شخص آخر في خطر الآن؟ اتصل بـ 112. الاتصال مجاني.',
  'help.call': 'اتصل: {phone}',
  'help.chat': 'دردشة: {name}',
  'help.openNow': 'متاح الآن',
  'help.closed': 'مغلق الآن',
  'help.phone': 'الهاتف',
  'help.chatLabel': 'الدردشة',
  'help.trustedTitle': 'شخص بالغ تثق به',
  'help.trustedText': 'يمكنك أيضاً أن تخبر شخصاً تعرفه وتثق به. مثلاً:',
  'help.callList': 'الاتصال مجاني ولا يظهر في الفاتورة. لكن الرقم يبقى في قائمة المكالمات في هاتفك.',
  'help.whatHappens': 'ماذا يحدث عندما أتصل أو أكتب في الدردشة؟',
  'help.back': 'رجوع',
  'help.notYourFault': 'مهما حدث: هذا ليس ذنبك.',

  'danger.title': 'لست في أمان الآن؟',
  'danger.call': 'اتصل بـ 112',
  'danger.text':
    'اتصل بـ 112 إذا كنت في خطر الآن. أو إذا كان شخص آخر في خطر. الاتصال مجاني. يمكنك التحدث بالهولندية أو بالإنجليزية.',
  'danger.cantCall':
    'لا تستطيع الكلام؟ اذهب إلى مكان آمن، مثلاً إلى الجيران أو إلى متجر. واطلب المساعدة هناك.',
  'danger.more': 'إذا لم يكن الأمر خطراً الآن',
  'danger.back': 'رجوع إلى حيث كنت',

  'calm.title': 'لحظة هدوء',
  'calm.lead': 'تنفّس مع الدائرة.',
  'calm.in': 'شهيق',
  'calm.out': 'زفير',
  'calm.hold': 'احبس نفسك قليلاً',
  'calm.start': 'ابدأ تمرين التنفس',
  'calm.stop': 'أوقف تمرين التنفس',
  'calm.back': 'رجوع إلى القصة',
  'calm.count': 'النَّفَس {n} من {total}',

  'menu.title': 'القائمة',
  'menu.stories': 'اختر قصة أخرى',
  'menu.start': 'إلى البداية',
  'menu.safety': 'كيف ألعب بأمان؟',
  'menu.close': 'أغلق القائمة',

  'error.title': 'حدث خطأ ما',
  'error.text': 'هذه القصة لا تستطيع أن تستمر الآن. هذا ليس ذنبك.',
  'error.back': 'اختر قصة أخرى',
  'stage.fallback': 'لا يمكن تحميل الصورة. القصة تستمر.',

  'exit.label': 'خروج سريع',
  'exit.progress': 'اضغط Shift {n} مرات أخرى للخروج السريع',
};
