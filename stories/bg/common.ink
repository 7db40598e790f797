// Общи възли за всички сценарии (Bulgarian). Всеки сценарий започва с: INCLUDE common.ink
// Играта свързва mirror() и danger() с истински функции; версиите по-долу са резервни,
// за да може историята да се играе и в Inky.

EXTERNAL mirror(theme, answer)
EXTERNAL danger()

=== function mirror(theme, answer) ===
~ return true

=== function danger() ===
~ return true

// Момент за спокойствие след тежка сцена. Използвай като тунел: -> rustmoment ->
=== rustmoment ===
Малко почивка. # calm # music: rustig
Това, което току-що видя, може да е тежко. Това е нормално.
Вдишай спокойно през носа. И бавно издишай през устата.
+ [Продължавам]
- ->->

// Всеки сценарий завършва тук. Тогава играта показва твоето огледало.
=== reflectie ===
Това беше историята. # reflection
-> END
