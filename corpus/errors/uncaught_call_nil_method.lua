-- Calling a missing method on an object, uncaught.
-- expect: uncaught error
local account = {balance = 10}
function account:deposit(v) self.balance = self.balance + v return self.balance end
print(account:deposit(5))
print(account:withdraw(3))
