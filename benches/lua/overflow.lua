-- Deep recursion and stack overflows (what the generator's RECURSION snippets do): overflows
-- caught by pcall in the main thread, overflows in fresh coroutines (each grows its own stack
-- from nothing), and a deep non-tail recursion that returns.
local function down(n) return 1 + down(n + 1) end
local caught = 0
for _ = 1, 50 do
  if not pcall(down, 1) then caught = caught + 1 end
end
for _ = 1, 50 do
  local resumed, ok = coroutine.resume(coroutine.create(function() return pcall(down, 1) end))
  if resumed and not ok then caught = caught + 1 end
end
local _, message = pcall(down, 1)
print(caught, message)
local function deep(k) if k == 0 then return 0 end return 1 + deep(k - 1) end
local sum = 0
for _ = 1, 20 do sum = sum + deep(10000) end
print(sum)
