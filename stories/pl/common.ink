// Wspólne węzły dla wszystkich scenariuszy (Polish). Każdy scenariusz zaczyna się od: INCLUDE common.ink
// Gra łączy mirror() i danger() z prawdziwymi funkcjami; wersje poniżej są zapasowe,
// żeby historia działała też w Inky.

EXTERNAL mirror(theme, answer)
EXTERNAL danger()

=== function mirror(theme, answer) ===
~ return true

=== function danger() ===
~ return true

// Chwila spokoju po trudnej scenie. Używaj jako tunelu: -> rustmoment ->
=== rustmoment ===
Chwila przerwy. # calm # music: rustig
To, co się przed chwilą stało, może być ciężkie. To normalne.
Weź spokojny wdech przez nos. I powoli wypuść powietrze ustami.
+ [Idę dalej]
- ->->

// Każdy scenariusz kończy się tutaj. Gra pokazuje wtedy twoje lustro.
=== reflectie ===
To był koniec historii. # reflection
-> END
