-- A bank ledger: accounts, transfers with validation errors, interest and a final statement.
local Bank = {}
Bank.__index = Bank
function Bank.new() return setmetatable({accounts = {}, order = {}, journal = {}}, Bank) end
function Bank:open(id, owner, initial)
  if self.accounts[id] then error("account " .. id .. " already exists", 2) end
  self.accounts[id] = {id = id, owner = owner, balance = initial or 0, history = {}}
  self.order[#self.order + 1] = id
end
function Bank:get(id)
  local acct = self.accounts[id]
  if not acct then error({code = "NO_ACCOUNT", id = id}) end
  return acct
end
function Bank:transfer(from, to, amount)
  if type(amount) ~= "number" or amount <= 0 then error({code = "BAD_AMOUNT", amount = amount}) end
  local a, b = self:get(from), self:get(to)
  if a.balance < amount then error({code = "INSUFFICIENT", id = from, needed = amount - a.balance}) end
  a.balance = a.balance - amount
  b.balance = b.balance + amount
  a.history[#a.history + 1] = -amount
  b.history[#b.history + 1] = amount
  self.journal[#self.journal + 1] = string.format("%s->%s %.2f", from, to, amount)
end
function Bank:apply_interest(rate)
  for _, id in ipairs(self.order) do
    local acct = self.accounts[id]
    local interest = math.floor(acct.balance * rate * 100 + 0.5) / 100
    acct.balance = acct.balance + interest
    acct.history[#acct.history + 1] = interest
  end
end
local function describe(err)
  if type(err) ~= "table" then return "unexpected: " .. tostring(err) end
  if err.code == "NO_ACCOUNT" then return "no such account " .. tostring(err.id) end
  if err.code == "BAD_AMOUNT" then return "bad amount " .. tostring(err.amount) end
  if err.code == "INSUFFICIENT" then return string.format("%s is short by %.2f", err.id, err.needed) end
  return "unknown error"
end
local bank = Bank.new()
bank:open("A1", "Ann", 100)
bank:open("B2", "Bob", 50)
bank:open("C3", "Cyd")
print(pcall(bank.open, bank, "A1", "Again"))
local requests = {
  {"A1", "B2", 30}, {"B2", "C3", 70}, {"C3", "A1", 100}, {"A1", "Z9", 1}, {"B2", "A1", -5},
  {"B2", "A1", "ten"}, {"C3", "B2", 20.5}, {"A1", "C3", 70},
}
for i, r in ipairs(requests) do
  local ok, err = pcall(bank.transfer, bank, r[1], r[2], r[3])
  print(i, ok and "ok" or describe(err))
end
bank:apply_interest(0.015)
local total = 0
for _, id in ipairs(bank.order) do
  local a = bank.accounts[id]
  total = total + a.balance
  local hist = {}
  for _, h in ipairs(a.history) do hist[#hist + 1] = string.format("%+.2f", h) end
  print(string.format("%-3s %-4s %8.2f  %s", id, a.owner, a.balance, table.concat(hist, " ")))
end
print(string.format("total %.2f, %d transfers", total, #bank.journal))
print(table.concat(bank.journal, "; "))
