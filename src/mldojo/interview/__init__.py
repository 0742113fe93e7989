"""Mock interviews: timed rounds, system design walk-throughs and behavioural sessions."""
