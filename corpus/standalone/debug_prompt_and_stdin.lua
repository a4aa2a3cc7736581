-- debug.debug with an empty standard input returns at once; io.read at end of input.
print("before debug.debug")
debug.debug()
print("after", io.read(), io.read("*a"), io.read("*n"))
