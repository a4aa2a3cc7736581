-- @profile: redis
-- ok and err fields that are not strings make the table a plain (here empty) array.
return {{ok = 1}, {err = true}, {ok = {}}, "end"}
