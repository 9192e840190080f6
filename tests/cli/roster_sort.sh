# export roster --sort: 笔画 orders by 姓氏笔画 (王 4, then the 7-stroke
# 李 and 陈, one surname together, the given name's strokes next); 拼音 by
# full pinyin (lu before luan, two 陆 together although 路 reads lu too).
zhibu init --branch 测试支部 >/dev/null
cat > more.csv <<'CSV'
姓名,性别,公民身份号码,人员类别,党员类别,入党日期,党小组
路安,男,110105199001010117,在职,正式,2010-01-01,第一党小组
陆明,男,110105199001010213,在职,正式,2010-01-01,第一党小组
栾新,女,110105199001010328,在职,正式,2010-01-01,第一党小组
王五,男,110105199001010416,在职,正式,2010-01-01,第一党小组
陆安,女,110105199001010520,在职,正式,2010-01-01,第一党小组
陈一,男,110105199001010619,在职,正式,2010-01-01,第一党小组
李四,男,110105199001010715,在职,正式,2010-01-01,第一党小组
李一一,男,110105199001010811,在职,正式,2010-01-01,第一党小组
CSV
zhibu import members more.csv >/dev/null; echo "import exit $?"
zhibu export roster --sort 笔画 --format csv | cut -d, -f1,2 | tail -n +2; echo "exit $?"
zhibu export roster --sort 拼音 --format csv | cut -d, -f1,2 | tail -n +2; echo "exit $?"
zhibu export roster --sort 音序; echo "exit $?"
zhibu export roster --sort; echo "exit $?"
