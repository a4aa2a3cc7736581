-- Reading an empty standard input in every format.
print(io.read("*l"), io.read("*n"), io.read("*a"), io.read(0), io.read(5))
for line in io.lines() do print("line", line) end
print(io.stdin:read("*a"), io.type(io.stdin), io.input() == io.stdin)
