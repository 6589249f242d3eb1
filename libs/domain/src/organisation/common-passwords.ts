// A small list of the most used passwords of at least 10 characters (and their obvious Chinese-office variants):
// SPEC §16 "not a common password". Compared case-insensitively.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890', '0123456789', '12345678910', '123456789a', 'a123456789', '1234567890a', '123456789q', 'q123456789',
  '1qaz2wsx3edc', '1q2w3e4r5t', '1q2w3e4r5t6y', 'qwertyuiop', 'qwertyuiop123', 'qwerty1234', 'qwerty12345',
  'qwerty123456', 'asdfghjkl1', 'zxcvbnm123', '1qazxsw23edc', 'password12', 'password123', 'password1234',
  'password1!', 'password01', 'passw0rd123', 'p@ssw0rd123', 'p@ssword123', 'administrator', 'admin12345',
  'admin123456', 'admin@1234', 'admin@12345', 'admin@123456', 'iloveyou12', 'iloveyou123', 'abcdefghij',
  'abcd123456', 'abc1234567', 'abc123456789', 'aa12345678', 'aa123456789', '1111111111', '0000000000',
  '2222222222', '8888888888', '6666666666', '5201314520', '5201314521', '1314520520', 'woaini1314',
  'woaini520', 'woaini123456', 'a1234567890', 'qq123456789', 'qwe1234567', 'qwe123456789', 'asd1234567',
  'zxc1234567', 'welcome123', 'welcome1234', 'changeme123', 'letmein123', 'sunshine12', 'football12',
  'baseball12', 'princess12', 'dragon1234', 'monkey1234', 'superman12', 'trustno1234', '1234qwerasdf',
  'qwerasdfzxcv', 'zaq12wsxcde', 'zaq1xsw2cde3', '123qweasdzxc', 'qweasdzxc123', '147258369a',
  '1472583690', '9876543210', '0987654321', '123123123a', '1231231234', 'abc123abc123', 'aaaaaaaaaa',
  'jixiao-demo', 'jixiao12345', 'jixiao123456', 'caizheng123', 'caizhengju1', 'caizhengju123',
]);
