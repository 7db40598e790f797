// Shared knots for every scenario. Each scenario starts with: INCLUDE common.ink
// The game binds mirror() and danger() to real functions; the versions below
// are fallbacks so that the story also plays in Inky.

EXTERNAL mirror(theme, answer)
EXTERNAL danger()

=== function mirror(theme, answer) ===
~ return true

=== function danger() ===
~ return true

// A calm moment after a heavy scene. Use as a tunnel: -> rustmoment ->
=== rustmoment ===
Let us take a break. # calm # music: rustig
What you just saw can feel heavy. That is normal.
Breathe in slowly through your nose. And slowly out through your mouth.
+ [I am ready to go on]
- ->->

// Every scenario ends here. The game then shows your mirror.
=== reflectie ===
This was the story. # reflection
-> END
