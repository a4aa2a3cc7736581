-- os.difftime is the one deterministic os function allowed here.
print(os.difftime(10, 4), os.difftime(4, 10), os.difftime(0, 0))
print(os.difftime(1e9, 1), os.difftime(5))
print(type(os.difftime(1, 1)))
print(pcall(os.difftime))
