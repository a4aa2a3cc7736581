-- Counter factories: each call builds an independent counter with its own state.
local function counter(start, step)
  local n = start or 0
  step = step or 1
  return function() n = n + step return n end
end
local a, b, c = counter(), counter(10), counter(0, -5)
print(a(), a(), a(), b(), b(), c(), c())
print(a(), b(), c())
local function bank(balance)
  local history = {}
  local account = {}
  function account.deposit(v) balance = balance + v history[#history + 1] = "+" .. v return balance end
  function account.withdraw(v)
    if v > balance then return nil, "insufficient funds" end
    balance = balance - v
    history[#history + 1] = "-" .. v
    return balance
  end
  function account.history() return table.concat(history, " ") end
  return account
end
local acct = bank(100)
print(acct.deposit(50), acct.withdraw(30), acct.withdraw(500))
print(acct.history())
local other = bank(0)
print(other.deposit(1), acct.deposit(0))
return a()
