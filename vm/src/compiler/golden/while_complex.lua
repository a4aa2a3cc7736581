local i = 0
while i < 10 and not done do
  i = i + 1
  if i % 2 == 0 then
    print(i)
  elseif i > 5 then
    break
  end
end
