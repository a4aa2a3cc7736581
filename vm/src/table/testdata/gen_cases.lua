-- Generates cases.txt, the table shapes whose traversal order the Rust tests compare with
-- reference Lua 5.1 (see run_cases.lua for the format).
-- Usage: lua5.1 gen_cases.lua > cases.txt

local seed = 20240601
local function random(n) -- 1..n, Park-Miller (exact in doubles)
  seed = (seed * 16807) % 2147483647
  return seed % n + 1
end

local lines = {}
local function emit(...) lines[#lines + 1] = table.concat({ ... }, " ") end

local counter = 0
local function value()
  counter = counter + 1
  return tostring(counter)
end

local function shuffled(list)
  local copy = {}
  for i, v in ipairs(list) do copy[i] = v end
  for i = #copy, 2, -1 do
    local j = random(i)
    copy[i], copy[j] = copy[j], copy[i]
  end
  return copy
end

-- Key pools --------------------------------------------------------------------------

local function short_strings(n)
  local keys = {}
  for i = 1, n do keys[i] = "s:k" .. i end
  return keys
end

local letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
local function random_string(len)
  local chars = {}
  for i = 1, len do
    local c = random(#letters)
    chars[i] = letters:sub(c, c)
  end
  return table.concat(chars)
end

local function random_strings(n, min_len, max_len)
  local keys, seen = {}, {}
  while #keys < n do
    local s = random_string(min_len + random(max_len - min_len + 1) - 1)
    if not seen[s] then
      seen[s] = true
      keys[#keys + 1] = "s:" .. s
    end
  end
  return keys
end

-- Long strings that differ only in bytes the 5.1 hash skips collide on purpose.
local function sampled_strings(n)
  local keys, base = {}, string.rep("x", 70)
  for i = 1, n do keys[i] = "s:" .. base .. string.format("%04d", i) end
  return keys
end

local function ints(list)
  local keys = {}
  for i, k in ipairs(list) do keys[i] = "n:" .. k end
  return keys
end

local function range(from, to, step)
  local list = {}
  for i = from, to, step or 1 do list[#list + 1] = i end
  return list
end

local odd_numbers = { "n:0.5", "n:1.5", "n:-1", "n:-2.25", "n:1e300", "n:-1e-300", "n:1e400",
  "n:-1e400", "n:0", "n:-0", "n:2147483648", "n:-2147483648", "n:4294967296",
  "n:9007199254740993", "n:67108864", "n:67108865", "n:3.14159", "n:-7", "n:1e-5", "n:123456789" }

local function mixed_pool(n)
  local pool = {}
  for _, k in ipairs(random_strings(n, 1, 12)) do pool[#pool + 1] = k end
  for _, k in ipairs(ints(range(1, n))) do pool[#pool + 1] = k end
  for _, k in ipairs(ints({ 100, 1000, 37, 64, 65, 128, -3 })) do pool[#pool + 1] = k end
  for _, k in ipairs(odd_numbers) do pool[#pool + 1] = k end
  pool[#pool + 1] = "b:true"
  pool[#pool + 1] = "b:false"
  pool[#pool + 1] = "s:"
  return pool
end

-- Case builders ----------------------------------------------------------------------

local case_count = 0
local function case(name)
  case_count = case_count + 1
  emit("case", string.format("%03d_%s", case_count, name))
end

local function insert_all(name, keys, check_len)
  case(name)
  emit("build")
  for _, k in ipairs(keys) do
    emit("set", k, value())
    if check_len then emit("len") end
  end
  emit("len")
end

-- Incremental inserts of each key family, in order and shuffled.
for _, n in ipairs({ 1, 2, 3, 4, 5, 8, 9, 13, 16, 17, 33, 100, 257 }) do
  insert_all("short_strings_" .. n, short_strings(n))
  insert_all("random_strings_" .. n, random_strings(n, 1, 40))
  insert_all("dense_ints_" .. n, ints(range(1, n)))
  insert_all("reverse_ints_" .. n, ints(range(n, 1, -1)))
  insert_all("shuffled_ints_" .. n, shuffled(ints(range(1, n))))
end
for _, n in ipairs({ 5, 40, 200 }) do
  insert_all("long_strings_" .. n, random_strings(n, 33, 200))
  insert_all("sampled_strings_" .. n, sampled_strings(n))
  insert_all("sparse_ints_" .. n, shuffled(ints(range(7, 7 * n, 7))))
  insert_all("negative_ints_" .. n, ints(range(-1, -n, -1)))
  insert_all("offset_ints_" .. n, ints(range(1000, 1000 + n)))
end
insert_all("powers_of_two", ints({ 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 65536 }), true)
insert_all("odd_numbers", odd_numbers)
insert_all("odd_numbers_shuffled", shuffled(odd_numbers))
insert_all("fractions", ints({ 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, -0.5, -1.5 }))
insert_all("booleans", { "b:true", "b:false" })
insert_all("booleans_strings", { "b:false", "s:a", "b:true", "s:b", "s:c", "n:1", "n:2" })
insert_all("empty_string", { "s:", "s:a", "s:aa", "n:0" })
insert_all("ints_with_holes", ints({ 1, 2, 3, 5, 6, 8, 10, 11, 12, 20 }), true)
insert_all("ints_then_strings", { "n:1", "n:2", "n:3", "s:x", "s:y", "n:4", "s:z", "n:5" })

-- Random mixes with deletions and re-insertions.
for round = 1, 40 do
  local pool = mixed_pool(5 + random(30))
  local present = {}
  case("mixed_churn_" .. round)
  emit("build")
  local ops = 10 + random(150)
  for _ = 1, ops do
    local k = pool[random(#pool)]
    if present[k] and random(3) == 1 then
      emit("set", k, "nil")
      present[k] = nil
    elseif random(12) == 1 then
      emit("set", k, "nil") -- nil store on a maybe-absent key still inserts it
    else
      emit("set", k, value())
      present[k] = true
    end
    if random(10) == 1 then emit("len") end
  end
  emit("len")
end

-- Fill, delete most, refill: removed keys keep their nodes until a rehash.
for _, n in ipairs({ 8, 31, 64, 100 }) do
  local keys = random_strings(n, 1, 20)
  case("delete_refill_" .. n)
  emit("build")
  for _, k in ipairs(keys) do emit("set", k, value()) end
  for i = 1, n, 2 do emit("set", keys[i], "nil") end
  emit("pairs")
  for _, k in ipairs(random_strings(n, 1, 20)) do emit("set", k, value()) end
  for i = 1, n, 4 do emit("set", keys[i], value()) end
end

-- Absent keys stored as nil: enough of them force a rehash that drops them again.
for _, n in ipairs({ 3, 7, 20 }) do
  case("nil_inserts_" .. n)
  emit("build")
  emit("set", "s:live", value())
  for i, k in ipairs(random_strings(n, 1, 8)) do
    emit("set", k, "nil")
    if i % 3 == 0 then emit("set", "n:" .. i, value()) end
  end
  emit("len")
end

-- Array part: holes, shrinking, keys moving between parts.
for round = 1, 25 do
  local n = 4 + random(60)
  case("array_holes_" .. round)
  emit("build")
  for i = 1, n do emit("set", "n:" .. i, value()) end
  for _ = 1, random(n) do emit("set", "n:" .. random(n), "nil") end
  emit("len")
  for _ = 1, random(20) do emit("set", "s:" .. random_string(3), value()) end
  emit("len")
  for _ = 1, random(n) do emit("set", "n:" .. random(2 * n), value()) end
  emit("len")
end
for round = 1, 10 do
  local n = 10 + random(100)
  case("array_drain_" .. round)
  emit("build")
  for i = 1, n do emit("set", "n:" .. i, value()) end
  for i = n, 1, -1 do
    if random(4) > 1 then emit("set", "n:" .. i, "nil") end
  end
  emit("len")
  for _, k in ipairs(random_strings(n, 1, 6)) do emit("set", k, value()) end
  emit("len")
end

-- Table constructors (NEWTABLE pre-sizing and SETLIST), then incremental changes.
local function constructor(name, positional, fields, extra)
  case(name)
  local field_at = {}
  for _, f in ipairs(fields) do field_at[#field_at + 1] = f end
  local p, f = 1, 1
  while p <= #positional or f <= #field_at do
    if f <= #field_at and (p > #positional or random(3) == 1) then
      emit("field", field_at[f][1], field_at[f][2])
      f = f + 1
    else
      emit("pos", positional[p])
      p = p + 1
    end
  end
  emit("build")
  emit("len")
  emit("pairs")
  for _, k in ipairs(extra) do emit("set", k, value()) end
  emit("len")
end

local function values(n, nil_every)
  local list = {}
  for i = 1, n do
    list[i] = (nil_every and i % nil_every == 0) and "nil" or value()
  end
  return list
end
local function fields_of(keys, nil_every)
  local list = {}
  for i, k in ipairs(keys) do
    list[i] = { k, (nil_every and i % nil_every == 0) and "nil" or value() }
  end
  return list
end

constructor("ctor_empty", {}, {}, short_strings(5))
constructor("ctor_list_3", values(3), {}, ints({ 4, 5, 6, 7 }))
constructor("ctor_record_3", {}, fields_of({ "s:a", "s:b", "s:c" }), { "s:d", "s:e" })
constructor("ctor_list_nils", values(10, 3), {}, ints({ 11, 12 }))
constructor("ctor_trailing_nil", { value(), value(), "nil" }, {}, {})
constructor("ctor_all_nil", { "nil", "nil", "nil", "nil" }, {}, { "n:1" })
constructor("ctor_record_nils", {}, fields_of(short_strings(9), 2), short_strings(12))
constructor("ctor_int_fields", {}, fields_of(ints({ 1, 2, 3, 4, 5, 6 })), ints({ 7, 8 }))
constructor("ctor_overlap", values(4), fields_of(ints({ 1, 2, 5, 6 })), ints({ 3, 7 }))
constructor("ctor_mixed_small", values(5), fields_of(random_strings(5, 1, 10)), random_strings(6, 1, 5))
constructor("ctor_list_60", values(60), {}, ints({ 61, 62, 100 }))
constructor("ctor_list_120_nils", values(120, 7), {}, ints({ 121, 130 }))
constructor("ctor_big_mixed", values(75), fields_of(random_strings(40, 1, 12)), random_strings(30, 1, 8))
constructor("ctor_odd_fields", {}, fields_of(odd_numbers), { "b:true", "s:x" })
for round = 1, 20 do
  local pool = mixed_pool(10)
  local chosen, seen = {}, {}
  for _ = 1, random(25) do
    local k = pool[random(#pool)]
    if not seen[k] then seen[k] = true; chosen[#chosen + 1] = k end
  end
  local extra = {}
  for _ = 1, random(30) do extra[#extra + 1] = pool[random(#pool)] end
  constructor("ctor_random_" .. round, values(random(70) - 1, random(9) + 1),
    fields_of(chosen, random(6) + 1), extra)
end

-- Traversal with changes: clearing visited fields, bumping values, next on odd keys.
for round = 1, 20 do
  local pool = mixed_pool(5 + random(40))
  case("sweep_" .. round)
  emit("build")
  for _ = 1, 10 + random(80) do emit("set", pool[random(#pool)], value()) end
  emit("sweep", tostring(random(3)))
  emit("pairs")
  emit("bump")
  emit("sweep", "1")
  for _ = 1, 5 do emit("set", pool[random(#pool)], value()) end
end
case("next_keys")
emit("build")
for _, k in ipairs({ "s:a", "s:b", "n:1", "n:2", "n:10", "n:1.5", "b:true" }) do
  emit("set", k, value())
end
emit("set", "s:b", "nil")
for _, k in ipairs({ "s:a", "s:b", "n:1", "n:2", "n:3", "n:10", "n:1.5", "b:true", "b:false",
  "s:zzz", "n:2.5", "n:0", "n:-1", "n:1e400" }) do
  emit("next", k)
end
case("next_after_rehash")
emit("build")
for _, k in ipairs(short_strings(4)) do emit("set", k, value()) end
emit("set", "s:k1", "nil")
emit("next", "s:k1")
for _, k in ipairs(random_strings(5, 2, 4)) do emit("set", k, value()) end
emit("next", "s:k1")

-- Sliding windows: insert at the front, delete at the back; the live count sits just
-- below or at a power of two, where every insert may rehash.
for _, spec in ipairs({ { 15, "s" }, { 16, "s" }, { 31, "n" }, { 32, "i" }, { 63, "s" } }) do
  local width, kind = spec[1], spec[2]
  local function key(i)
    if kind == "s" then return "s:w" .. i end
    if kind == "n" then return "n:" .. i .. ".5" end
    return "n:" .. i
  end
  case("window_" .. kind .. "_" .. width)
  emit("build")
  for i = 1, width * 6 do
    emit("set", key(i), value())
    if i > width then emit("set", key(i - width), "nil") end
    if i % width == 0 then emit("pairs") end
  end
  emit("len")
end

-- A larger table for the hash-part distribution at scale.
insert_all("many_strings_3000", random_strings(3000, 1, 16))
insert_all("many_mixed_2000", shuffled(mixed_pool(900)))

io.write(table.concat(lines, "\n"), "\n")
