-- @budget: 10000000
-- A Brainfuck interpreter with bracket pre-matching, run on a few small programs.
local function run(program, input)
  local code = {}
  for c in program:gmatch("[%+%-<>%.,%[%]]") do code[#code + 1] = c end
  local jump, stack = {}, {}
  for i, c in ipairs(code) do
    if c == "[" then stack[#stack + 1] = i
    elseif c == "]" then
      local open = table.remove(stack)
      if not open then error("unmatched ']' at instruction " .. i, 0) end
      jump[open], jump[i] = i, open
    end
  end
  if #stack > 0 then error("unmatched '[' at instruction " .. stack[#stack], 0) end
  local tape, ptr, pc, out, in_pos, steps = {}, 1, 1, {}, 1, 0
  input = input or ""
  while pc <= #code do
    steps = steps + 1
    if steps > 200000 then error("step limit reached", 0) end
    local c = code[pc]
    if c == "+" then tape[ptr] = ((tape[ptr] or 0) + 1) % 256
    elseif c == "-" then tape[ptr] = ((tape[ptr] or 0) - 1) % 256
    elseif c == ">" then ptr = ptr + 1
    elseif c == "<" then ptr = ptr - 1; if ptr < 1 then error("tape underflow", 0) end
    elseif c == "." then out[#out + 1] = string.char(tape[ptr] or 0)
    elseif c == "," then tape[ptr] = input:byte(in_pos) or 0; in_pos = in_pos + 1
    elseif c == "[" then if (tape[ptr] or 0) == 0 then pc = jump[pc] end
    elseif c == "]" then if (tape[ptr] or 0) ~= 0 then pc = jump[pc] end
    end
    pc = pc + 1
  end
  return table.concat(out), steps
end
local hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
print(run(hello))
print(run(",[.,]", "echo this"))
print(run(",[>+<-]>[<++>-]<.", "!"))
local reverse = ">,[>,]<[.<]"
print(run(reverse, "stressed"))
print(pcall(run, "[[]"))
print(pcall(run, "+]"))
print(pcall(run, "<"))
print(pcall(run, "+[]"))

-- An optimising variant: runs of + - < > collapse into one instruction with a count,
-- and "[-]" becomes a clear; output must match while executing fewer steps.
local function compile(program)
  local ops, i = {}, 1
  local src = program:gsub("[^%+%-<>%.,%[%]]", ""):gsub("%[%-%]", "0")
  while i <= #src do
    local c = src:sub(i, i)
    if c == "+" or c == "-" or c == "<" or c == ">" then
      local j = i
      while src:sub(j + 1, j + 1) == c do j = j + 1 end
      ops[#ops + 1] = {c, j - i + 1}
      i = j + 1
    else
      ops[#ops + 1] = {c, 1}
      i = i + 1
    end
  end
  local stack = {}
  for k, op in ipairs(ops) do
    if op[1] == "[" then stack[#stack + 1] = k
    elseif op[1] == "]" then local open = table.remove(stack) ops[open][2], op[2] = k, open end
  end
  return ops
end
local function run_compiled(program, input)
  local ops, tape, ptr, pc, out, in_pos, steps = compile(program), {}, 1, 1, {}, 1, 0
  input = input or ""
  while pc <= #ops do
    steps = steps + 1
    local c, n = ops[pc][1], ops[pc][2]
    if c == "+" then tape[ptr] = ((tape[ptr] or 0) + n) % 256
    elseif c == "-" then tape[ptr] = ((tape[ptr] or 0) - n) % 256
    elseif c == ">" then ptr = ptr + n
    elseif c == "<" then ptr = ptr - n
    elseif c == "0" then tape[ptr] = 0
    elseif c == "." then out[#out + 1] = string.char(tape[ptr] or 0)
    elseif c == "," then tape[ptr] = input:byte(in_pos) or 0; in_pos = in_pos + 1
    elseif c == "[" then if (tape[ptr] or 0) == 0 then pc = n end
    elseif c == "]" then if (tape[ptr] or 0) ~= 0 then pc = n end
    end
    pc = pc + 1
  end
  return table.concat(out), steps
end
local plain_out, plain_steps = run(hello)
local fast_out, fast_steps = run_compiled(hello)
print(plain_out == fast_out, plain_steps, fast_steps, #compile(hello))
print(run_compiled("++++++++[>++++++++<-]>+.[-]++++++++++[>+++++<-]>.", ""))
