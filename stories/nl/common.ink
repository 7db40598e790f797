// Gedeelde knopen voor alle scenario's. Elk scenario begint met: INCLUDE common.ink
// De game koppelt mirror() en danger() aan echte functies; de versies hieronder
// zijn terugvallers zodat het verhaal ook in Inky speelt.

EXTERNAL mirror(theme, answer)
EXTERNAL danger()

=== function mirror(theme, answer) ===
~ return true

=== function danger() ===
~ return true

// Een rustmoment na een zware scène. Gebruik als tunnel: -> rustmoment ->
=== rustmoment ===
Even pauze. # calm # music: rustig
Wat je net zag, kan zwaar voelen. Dat is normaal.
Adem rustig in door je neus. En langzaam uit door je mond.
+ [Ik ga verder]
- ->->

// Elk scenario eindigt hier. De game laat dan jouw spiegel zien.
=== reflectie ===
Dit was het verhaal. # reflection
-> END
