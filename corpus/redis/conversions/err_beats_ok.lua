-- @profile: redis
-- With both fields, err wins.
return {ok = "fine", err = "bad"}
