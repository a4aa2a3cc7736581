-- Found by the library-argument sweep: PUC-Rio checks arguments in C order. load reads its
-- chunk name before the reader; os.difftime's two checks are arguments of one C call (GCC:
-- right to left); collectgarbage rejects an unknown option before it reads argument 2, and
-- compares the option as a C string (up to its first "\0").
print(pcall(load, nil, true))
print(pcall(os.difftime, nil, true))
print(pcall(collectgarbage, "abc", true))
print(pcall(collectgarbage, "a\0b"))
print(pcall(collectgarbage, "collect\0ignored"))
-- assert formats its message with "%s": it stops at the first "\0".
print(pcall(assert, false, "a\0b"))
