-- @profile: redis
-- RESP3 reply tables a script may return: double, big_number (line breaks become spaces),
-- verbatim_string, map and set, nested in an array, with the booleans of RESP3.
redis.setresp(3)
return {{double = 1.5}, {double = -0.25}, {big_number = "12\r\n34"}, {big_number = "-7"},
  {verbatim_string = {format = "txt", string = "hi"}}, {map = {k = {double = 2}}},
  {set = {[7] = true}}, true}
