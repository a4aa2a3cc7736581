-- Without a seed, every run starts from the C library's initial state.
return math.random(), math.random(10)
