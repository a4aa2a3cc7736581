-- An error deep inside nested calls propagates to the top unchanged.
-- expect: uncaught error
local function level3(t) return t.value.inner end
local function level2(t) return level3(t) end
local function level1(t) return level2(t) end
print(level1({value = {inner = "found"}}))
print(level1({}))
