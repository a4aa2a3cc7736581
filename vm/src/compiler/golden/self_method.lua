local obj = {}
obj:method()
obj:method(1, 2)
obj.field:method "s"
obj:m1():m2()
local v = obj:get()
