# 报表 offers the import templates: the form asks only where to save (XLSX),
# F2 previews the columns and the example row, F2 saves a workbook with the
# 填写说明 sheet.
roster
mkdir -p Documents
app <<'SCRIPT'
key 6
key j j j j j j j j j j j j j j
key Enter
dump form
key F2
dump preview
key F2
dump saved
key Enter Esc
SCRIPT
expect form <<'SCREEN'
 谈心谈话覆盖情况：按 F2 先预览，再保存

 全年 *            2026
 格式              XLSX
 编码（TXT、CSV）  UTF-8
 保存到 *          … 支部-谈心谈话覆盖情况-2026.xlsx

                   [ 保存 F2 ]  [ 取消 Esc ]














F2保存 Esc取消 F3选择 Tab下一栏 F1帮助
SCREEN
expect preview <<'SCREEN'
 预览：按 F2 保存为 示范学院计算机学院教工第一党支部-谈心…  第 1/29 行，第 1 列
 谈心谈话覆盖情况：支委之间
 示范学院计算机学院教工第一党支部    期间：2026    打印日期：2026-11-20

 支委  支委  谈话次数  状态
 ----  ----  --------  ----

 支委之间：0 对中已谈 0 对；支委与党员：10 人中已谈 0 人。

 谈心谈话覆盖情况：支委与党员
 示范学院计算机学院教工第一党支部    期间：2026    打印日期：2026-11-20

 序号  姓名                     与支委谈话次数  状态
 ----  -----------------------  --------------  ----
    1  赵六                                  0  未谈
    2  李四                                  0  未谈
    3  张三                                  0  未谈
    4  吴婷                                  0  未谈
    5  欧阳建国                              0  未谈
    6  孙丽                                  0  未谈
    7  王芳                                  0  未谈

F2保存 p打印 Esc返回 PgDn下页 Right右移 F1帮助 q退出
SCREEN
expect saved <<'SCREEN'
 预览：按 F2 保存为 示范学院计算机学院教工第一党支部-谈心…  第 1/29 行，第 1 列
 谈心谈话覆盖情况：支委之间
 示范学院计算机学院教工第一党支部    期间：2026    打印日期：2026-11-20

 支委  支委  谈话次数  状态
 ----  ----  --------  ----

 支委之间：0 对中已谈 0 对；支委与党员：10 人中已谈 0 人。
          ┌─ 已保存 ─────────────────────────────────────────────────┐
 谈心谈话 │ ~/Documents/示范学院计算机学院教工第一党支部-谈心谈话覆  │
 示范学院 │ 盖情况-2026.xlsx                                         │0
          │                                                          │
 序号  姓 └──────────────────────────────────────────────────────────┘
 ----  -----------------------  --------------  ----
    1  赵六                                  0  未谈
    2  李四                                  0  未谈
    3  张三                                  0  未谈
    4  吴婷                                  0  未谈
    5  欧阳建国                              0  未谈
    6  孙丽                                  0  未谈
    7  王芳                                  0  未谈

Enter确定
SCREEN
