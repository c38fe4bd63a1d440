<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>No deals were created in this period.</source>
        <translation>本期间没有新建的商机。</translation>
    </message>
    <message>
        <source>{0} of previous</source>
        <translation>上期的 {0}</translation>
    </message>
    <message>
        <source>No months in this period.</source>
        <translation>本期间没有月份。</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>No revenue in this period.</source>
        <translation>本期间没有销售额。</translation>
    </message>
    <message>
        <source>No NPS answers in this period.</source>
        <translation>本期间没有 NPS 回答。</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>column -&gt; (title, kind, weight); the order in which known columns are printed</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Prob. %</source>
        <translation>概率 %</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Deal list</source>
        <translation>商机列表</translation>
    </message>
    <message>
        <source>{0} deals</source>
        <translation>{0} 个商机</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>没有商机。</translation>
    </message>
    <message>
        <source>No data for this period.</source>
        <translation>本期间没有数据。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Printed on {0}</source>
        <translation>打印于 {0}</translation>
    </message>
    <message>
        <source>Evaluation copy</source>
        <translation>评估版</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <source>Dealbook cannot write a report as {0}: name the output file .pdf, .html or .xlsx.</source>
        <translation>Dealbook 无法将报告写为 {0}：请将输出文件命名为 .pdf、.html 或 .xlsx。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file. Give a file name inside it.</source>
        <translation>{0} 是文件夹，不是文件。请在其中给出一个文件名。</translation>
    </message>
    <message>
        <source>The folder {0} does not exist: create it or choose another.</source>
        <translation>文件夹 {0} 不存在：请创建它或另选一个。</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Owner: {0}</source>
        <extracomment>the cover&apos;s headline figures</extracomment>
        <translation>负责人：{0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <source>Product: {0}</source>
        <translation>产品：{0}</translation>
    </message>
    <message>
        <source>Computing the period</source>
        <translation>正在计算本期</translation>
    </message>
    <message>
        <source>Computing the previous period</source>
        <translation>正在计算上期</translation>
    </message>
    <message>
        <source>Computing the year before</source>
        <translation>正在计算上年同期</translation>
    </message>
    <message>
        <source>Laying out the review</source>
        <translation>正在排版报告</translation>
    </message>
    <message>
        <source>All owners, sources and products</source>
        <translation>所有负责人、来源和产品</translation>
    </message>
    <message>
        <source>{0} deals have no exchange rate for their currency and are left out of the money figures.</source>
        <translation>{0} 个商机的币种没有汇率，未计入金额指标。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Previous period: {0}.</source>
        <extracomment>the summary&apos;s figures, in reading order the summary&apos;s second table: the volume behind the figures</extracomment>
        <translation>上期：{0}。</translation>
    </message>
    <message>
        <source>— means the figure is undefined (no data or a zero denominator).</source>
        <translation>— 表示该指标无定义（没有数据或分母为零）。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Deals created in the period, by the stage they reached</source>
        <translation>本期新建的商机，按所到达的阶段</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Revenue by month against the year before</source>
        <translation>按月销售额与上年同期对比</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>按月销售额</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Revenue by source</source>
        <translation>按来源的销售额</translation>
    </message>
    <message>
        <source>Leads and deals: created in the period. Won: deals won in the period. ROI: (revenue − spend) / spend of the source.</source>
        <translation>线索和商机：本期新建。赢单：本期赢单的商机。ROI：（销售额 − 支出）/ 该来源的支出。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>推动者（9–10）</translation>
    </message>
    <message>
        <source>Passives ({0})</source>
        <translation>被动者（{0}）</translation>
    </message>
    <message>
        <source>Detractors ({0})</source>
        <translation>批评者（{0}）</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>全部回答</translation>
    </message>
    <message>
        <source>Net Promoter Score of the period: {0}</source>
        <translation>本期净推荐值：{0}</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>按月 NPS</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>净推荐值 (NPS)</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Appendix: formulas</source>
        <translation>附录：公式</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>打印于</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dealbook</source>
        <translation>关于 Dealbook</translation>
    </message>
    <message>
        <source>The offline sales-KPI desk for small B2B teams.</source>
        <translation>面向小型 B2B 团队的离线销售 KPI 工具。</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Nothing leaves this computer.</source>
        <translation>数据不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Enter licence…</source>
        <translation>输入许可证…</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Updating the figures…</source>
        <translation>正在更新指标…</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG 图片…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG 图片…</translation>
    </message>
</context>
<context>
    <name>ChartSections</name>
    <message>
        <source>Sales funnel of the deals created in the period</source>
        <extracomment>chart name, key of the bar / stage / month clicked</extracomment>
        <translation>本期新建商机的销售漏斗</translation>
    </message>
    <message>
        <source>Width by number of deals</source>
        <translation>宽度按商机数</translation>
    </message>
    <message>
        <source>Width by value</source>
        <translation>宽度按金额</translation>
    </message>
    <message>
        <source>Revenue by month, against the same months a year before</source>
        <translation>按月销售额，与上年同月对比</translation>
    </message>
    <message>
        <source>Open pipeline at period end</source>
        <extracomment>(panel, spans both columns when two fit)</extracomment>
        <translation>期末的进行中管道</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>潜在客户来源</translation>
    </message>
    <message>
        <source>Net Promoter Score by month</source>
        <translation>按月净推荐值</translation>
    </message>
    <message>
        <source>How many leads do you need?</source>
        <translation>需要多少线索？</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Return on spend and ROI by source</source>
        <translation>各来源投入产出比与投资回报率</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Export as PNG…</source>
        <extracomment>every option of ``pg.BarGraphItem``: a reused item forgets the options of its last use the key of the bar / stage / month clicked (for drill-down) the plot in each (row, col) of the layout (plot, kind of item) -&gt; the items of that kind, and how many this drawing used</extracomment>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose where each column of the file goes.</source>
        <translation>选择文件中每一列的去向。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples from the file</source>
        <translation>文件中的示例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>— don&apos;t import —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>{0} columns in the file: {1} imported, {2} left out.</source>
        <translation>文件中有 {0} 列：导入 {1} 列，略过 {2} 列。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this record</source>
        <translation>其他人已保存了这条记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>对方的（已保存）</translation>
    </message>
    <message>
        <source>Yours (in the form)</source>
        <translation>您的（表单中）</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>载入对方的版本</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>A team database lives on a PostgreSQL server your team shares. Ask whoever set it up for these details.</source>
        <translation>团队数据库位于您团队共用的 PostgreSQL 服务器上。请向设置它的人索取以下信息。</translation>
    </message>
    <message>
        <source>(new connection)</source>
        <translation>（新连接）</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%2 上的 %1，身份为 %3</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>server name or address, e.g. nas.local</source>
        <translation>服务器名称或地址，例如 nas.local</translation>
    </message>
    <message>
        <source>database name, e.g. dealbook</source>
        <translation>数据库名称，例如 dealbook</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>记住密码</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>A remembered password is kept in this computer&apos;s password store.</source>
        <translation>记住的密码保存在本机的密码库中。</translation>
    </message>
    <message>
        <source>This computer has no password store, so Dealbook cannot remember the password: you will be asked for it each time.</source>
        <translation>本机没有密码库，Dealbook 无法记住密码：每次连接都会询问密码。</translation>
    </message>
    <message>
        <source>Open local file…</source>
        <translation>打开本地文件…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The password store refused the password; Dealbook will ask for it next time.</source>
        <translation>密码库拒绝保存该密码；下次连接时 Dealbook 会再询问。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Dealbook ran into a problem</source>
        <translation>Dealbook 遇到了问题</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your data is safe: every change you saved is in the database. Please copy this report and send it to support.</source>
        <translation>发生了意外情况。您的数据是安全的：已保存的每项更改都在数据库中。请复制此报告并发送给技术支持。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Lead → Deal</source>
        <translation>线索 → 商机</translation>
    </message>
    <message>
        <source>Click to see how this figure is computed</source>
        <translation>点击查看此指标的计算方法</translation>
    </message>
    <message>
        <source>Revenue · {0}</source>
        <translation>销售额 · {0}</translation>
    </message>
    <message>
        <source>Source {0} · {1}</source>
        <translation>来源 {0} · {1}</translation>
    </message>
    <message>
        <source>Reached {0} · created in {1}</source>
        <translation>到达 {0} · 创建于 {1}</translation>
    </message>
    <message>
        <source>Open in {0} at {1}</source>
        <translation>在 {0} 中打开（{1}）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Conversion and pipeline</source>
        <translation>转化与管道</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>deal ids, caption (the window shows them in the deals table) a computation&apos;s results were applied (cards with their changes, every chart and table refreshed) the figures of a computation and the charts in view are shown (the changes against the previous period and the charts out of view follow; then :attr:`updated`) seconds the last results took to apply on the GUI thread (for benchmarks) (generation, dataset, results) whose previous period is to be worked out drawings still to do for the results shown</extracomment>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>正在计算指标…</translation>
    </message>
    <message>
        <source>Could not work out the inputs ({0}).</source>
        <translation>无法算出所需数量（{0}）。</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Columns</source>
        <extracomment>the narrowest a text column gets when the columns do not fit the window</extracomment>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>更改负责人…</translation>
    </message>
    <message>
        <source>Change stage…</source>
        <translation>更改阶段…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n deals behind %1</source>
        <translation>
            <numerusform>显示 %1 背后的 %n 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>No deals yet. Use “New deal…” (Ctrl+N) or import your CRM&apos;s export.</source>
        <translation>还没有商机。使用“新建商机…”（Ctrl+N）或导入 CRM 导出文件。</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>更改负责人</translation>
    </message>
    <message numerus="yes">
        <source>New owner of %n deals:</source>
        <translation>
            <numerusform>%n 个商机的新负责人：</numerusform>
        </translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>更改阶段</translation>
    </message>
    <message numerus="yes">
        <source>Move %n deals to the stage:</source>
        <translation>
            <numerusform>将 %n 个商机移到阶段：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Click Import to add these rows to Dealbook.</source>
        <translation>尚未写入任何内容。点击“导入”将这些行添加到 Dealbook。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>Close</source>
        <extracomment>deal ids, caption</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Show deals</source>
        <translation>显示商机</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>Working out the inputs…</source>
        <translation>正在计算所需数量…</translation>
    </message>
    <message>
        <source>Show deals ({0})</source>
        <translation>显示商机（{0}）</translation>
    </message>
    <message>
        <source>Activities behind this figure: %Ln</source>
        <translation>此指标背后的活动：%Ln</translation>
    </message>
    <message>
        <source>%Ln deal(s) behind this figure</source>
        <translation>此指标背后的 %Ln 个商机</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Rep</source>
        <extracomment>item data of &quot;All ...&quot; (never None: PySide6 6.12 miscounts references of a None QVariant)</extracomment>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>所有销售代表</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>所有产品</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>全部：%1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近12个月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>清除所有筛选</translation>
    </message>
</context>
<context>
    <name>FormulasDialog</name>
    <message>
        <source>KPI formulas</source>
        <translation>KPI 公式</translation>
    </message>
    <message>
        <source>Find a KPI…</source>
        <translation>查找 KPI…</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>The formulas are not available in this build.</source>
        <translation>此版本不含公式说明。</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>Deals (opportunities)</source>
        <translation>商机（销售机会）</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Marketing spend</source>
        <translation>营销支出</translation>
    </message>
    <message>
        <source>NPS survey answers</source>
        <translation>NPS 调查回答</translation>
    </message>
    <message>
        <source>Sales quotas</source>
        <translation>销售配额</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>销售预测</translation>
    </message>
    <message>
        <source>Accounts (customers)</source>
        <translation>客户（账户）</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Activities (calls, meetings, demos…)</source>
        <translation>活动（电话、会议、演示…）</translation>
    </message>
    <message>
        <source>Stage history of deals</source>
        <translation>商机阶段历史</translation>
    </message>
    <message>
        <source>{0} deals</source>
        <translation>{0} 个商机</translation>
    </message>
    <message>
        <source>{0} leads</source>
        <translation>{0} 条线索</translation>
    </message>
    <message>
        <source>{0} spend rows</source>
        <translation>{0} 条支出</translation>
    </message>
    <message>
        <source>{0} NPS answers</source>
        <translation>{0} 条 NPS 回答</translation>
    </message>
    <message>
        <source>{0} quotas</source>
        <translation>{0} 条配额</translation>
    </message>
    <message>
        <source>{0} forecasts</source>
        <translation>{0} 条销售预测</translation>
    </message>
    <message>
        <source>{0} accounts</source>
        <translation>{0} 个客户</translation>
    </message>
    <message>
        <source>{0} exchange rates</source>
        <translation>{0} 条汇率</translation>
    </message>
    <message>
        <source>{0} activities</source>
        <translation>{0} 项活动</translation>
    </message>
    <message>
        <source>{0} stage changes</source>
        <translation>{0} 次阶段变更</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Dealbook export</source>
        <translation>Dealbook 导出文件</translation>
    </message>
    <message>
        <source>Other (match columns by name)</source>
        <translation>其他（按名称匹配列）</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>竖线分隔</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>记录 ID</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner (sales rep)</source>
        <translation>负责人（销售代表）</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>潜在客户来源</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product type / deal type</source>
        <translation>产品类型 / 商机类型</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>管道阶段</translation>
    </message>
    <message>
        <source>Outcome (open / won / lost)</source>
        <translation>结果（进行中 / 赢单 / 输单）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>概率 %</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Contract months</source>
        <translation>合同月数</translation>
    </message>
    <message>
        <source>One-time fee</source>
        <translation>一次性费用</translation>
    </message>
    <message>
        <source>Close date (expected or actual)</source>
        <translation>结束日期（预计或实际）</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>赢单日期</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>输单日期</translation>
    </message>
    <message>
        <source>Entered stage on</source>
        <translation>进入阶段日期</translation>
    </message>
    <message>
        <source>Is won (yes/no)</source>
        <translation>是否赢单（是/否）</translation>
    </message>
    <message>
        <source>Is lost (yes/no)</source>
        <translation>是否输单（是/否）</translation>
    </message>
    <message>
        <source>Active (yes/no)</source>
        <translation>有效（是/否）</translation>
    </message>
    <message>
        <source>Is closed (yes/no)</source>
        <translation>是否已结束（是/否）</translation>
    </message>
    <message>
        <source>State (open / won / lost, or 0 / 1 / 2)</source>
        <translation>状态（进行中 / 赢单 / 输单，或 0 / 1 / 2）</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>状态原因</translation>
    </message>
    <message>
        <source>Sales-qualified on</source>
        <translation>成为销售合格线索日期</translation>
    </message>
    <message>
        <source>Converted on</source>
        <translation>转化日期</translation>
    </message>
    <message>
        <source>Deal record ID</source>
        <translation>商机记录 ID</translation>
    </message>
    <message>
        <source>Disqualified on</source>
        <translation>取消资格日期</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>支出日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回答日期</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>评分（0-10）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>{0} deals have no amount; they are imported without one.</source>
        <translation>{0} 个商机没有金额；导入时不带金额。</translation>
    </message>
    <message>
        <source>{0} rows have text starting with = + - or @; it is kept as plain text.</source>
        <translation>{0} 行的文本以 = + - 或 @ 开头；按纯文本保存。</translation>
    </message>
    <message>
        <source>{0} date columns could be day-first or month-first; see the first step.</source>
        <translation>{0} 个日期列可能是日在前或月在前；请看第一步。</translation>
    </message>
    <message>
        <source>{0} deals have a stage that matches no pipeline stage; they go to the first stage.</source>
        <translation>{0} 个商机的阶段与管道阶段都不匹配；它们放入第一个阶段。</translation>
    </message>
    <message>
        <source>{0} deals are won and none is lost: if your CRM records lost deals in a column Dealbook did not use, map it on the Columns step.</source>
        <translation>{0} 个商机赢单而没有输单：如果您的 CRM 在 Dealbook 未使用的列中记录输单，请在“列”步骤中映射它。</translation>
    </message>
    <message>
        <source>All {0} deals are open: if a column says which are won or lost, map it on the Columns step.</source>
        <translation>全部 {0} 个商机都在进行中：如果有一列说明哪些赢单或输单，请在“列”步骤中映射它。</translation>
    </message>
    <message>
        <source>{0} deals close before they were created; check the date columns.</source>
        <translation>{0} 个商机的结束日期早于创建日期；请检查日期列。</translation>
    </message>
    <message>
        <source>{0} columns look like won/lost statuses but are not used; map one as Status.</source>
        <translation>{0} 列看起来像赢单/输单状态但未被使用；请将其中一列映射为“状态”。</translation>
    </message>
    <message>
        <source>{0} columns look like amounts but are not used; map one as Amount.</source>
        <translation>{0} 列看起来像金额但未被使用；请将其中一列映射为“金额”。</translation>
    </message>
    <message>
        <source>The file has no name column: {0} deals are named by their record id.</source>
        <translation>文件没有名称列：{0} 个商机以记录 ID 命名。</translation>
    </message>
    <message>
        <source>The file has no name column: {0} deals are named by their account and product.</source>
        <translation>文件没有名称列：{0} 个商机以客户和产品命名。</translation>
    </message>
    <message>
        <source>{0} numbers like 1.234 could be thousands or decimals; they are read with their column&apos;s decimal mark: check them.</source>
        <translation>{0} 个形如 1.234 的数字既可能是千位也可能是小数；已按其所在列的小数点读取，请核对。</translation>
    </message>
    <message>
        <source>{0} rows: {1}.</source>
        <translation>{0} 行：{1}。</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} 行</translation>
    </message>
    <message>
        <source>separated by {0}</source>
        <translation>以 {0} 分隔</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Dealbook could not read this file ({0}).</source>
        <translation>Dealbook 无法读取此文件（{0}）。</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Select an import to see its report.</source>
        <translation>选择一次导入以查看其报告。</translation>
    </message>
    <message>
        <source>No imports yet. Drop a CSV or Excel file on the window to start one.</source>
        <translation>还没有导入。将 CSV 或 Excel 文件拖到窗口上即可开始。</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1（已撤销）</translation>
    </message>
    <message>
        <source>Take back import #%1 of %2? Rows it added are removed and rows it changed get their old values back.</source>
        <translation>撤回 %2 的第 %1 次导入？它添加的行将被删除，它更改的行将恢复原值。</translation>
    </message>
    <message>
        <source>Undoing import #%1…</source>
        <translation>正在撤销导入 #%1…</translation>
    </message>
    <message>
        <source>Import #%1 of %2, on %4.</source>
        <translation>%2 的第 %1 次导入，于 %4。</translation>
    </message>
    <message>
        <source>This import kept no report.</source>
        <translation>此次导入没有保留报告。</translation>
    </message>
    <message>
        <source>%Ln row(s) added</source>
        <translation>添加了 %Ln 行</translation>
    </message>
    <message>
        <source>%Ln updated</source>
        <translation>更新了 %Ln 行</translation>
    </message>
    <message>
        <source>%Ln rejected</source>
        <translation>拒绝了 %Ln 行</translation>
    </message>
    <message>
        <source>Import #%1 of %2 from %3, on %4.</source>
        <translation>从 %3 对 %2 的第 %1 次导入，于 %4。</translation>
    </message>
    <message>
        <source>What: %1.</source>
        <translation>内容：%1。</translation>
    </message>
    <message>
        <source>%Ln unchanged</source>
        <translation>%Ln 行未变</translation>
    </message>
    <message>
        <source>Rejected rows (not imported):</source>
        <translation>被拒绝的行（未导入）：</translation>
    </message>
    <message>
        <source>%Ln row(s) read: </source>
        <translation>读取了 %Ln 行：</translation>
    </message>
    <message>
        <source>… and %Ln more.</source>
        <translation>…… 还有 %Ln 行。</translation>
    </message>
    <message>
        <source>Undone on %1.</source>
        <translation>已于 %1 撤销。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Deals: %1 open, %2 won, %3 lost.</source>
        <translation>商机：%1 个进行中，%2 个赢单，%3 个输单。</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Enter licence</source>
        <translation>输入许可证</translation>
    </message>
    <message>
        <source>Paste the licence key from your e-mail, or open the key file. It is checked on this computer: nothing is sent anywhere.</source>
        <translation>粘贴邮件中的许可证密钥，或打开密钥文件。密钥在本机上核验：不会发送任何内容。</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>打开密钥文件…</translation>
    </message>
    <message>
        <source>Install licence</source>
        <translation>安装许可证</translation>
    </message>
    <message>
        <source>Licence installed. Thank you!</source>
        <translation>许可证已安装。谢谢！</translation>
    </message>
    <message>
        <source>Open a licence key</source>
        <translation>打开许可证密钥</translation>
    </message>
    <message>
        <source>Licence keys (*.txt *.key *.lic);;All files (*)</source>
        <translation>许可证密钥 (*.txt *.key *.lic);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dealbook</source>
        <extracomment>emitted once, after the first paint emitted when a database is open and its pages are installed a file&apos;s path, or a team database&apos;s URL (shown only through safe_display)</extracomment>
        <translation>Dealbook</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>You are exploring the demo company. Its made-up data never mixes with yours.</source>
        <extracomment>what the window waits for (opening, loading, backup, ...), with a moving bar</extracomment>
        <translation>您正在浏览演示公司。其虚构数据绝不会与您的数据混在一起。</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>返回我的数据</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>%1 — Dealbook</source>
        <translation>%1 — Dealbook</translation>
    </message>
    <message>
        <source>Demo company — Dealbook</source>
        <translation>演示公司 — Dealbook</translation>
    </message>
    <message>
        <source>%Ln deal(s)</source>
        <translation>%Ln 个商机</translation>
    </message>
    <message>
        <source>%Ln lead(s)</source>
        <translation>%Ln 条线索</translation>
    </message>
    <message>
        <source>%Ln account(s)</source>
        <translation>%Ln 个客户</translation>
    </message>
    <message>
        <source>%Ln spend row(s)</source>
        <translation>%Ln 条支出</translation>
    </message>
    <message>
        <source>%Ln NPS answer(s)</source>
        <translation>%Ln 条 NPS 回答</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>下一期</translation>
    </message>
    <message>
        <source>compared with {0}</source>
        <translation>与 {0} 对比</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <source> won deals</source>
        <translation> 个赢单</translation>
    </message>
    <message>
        <source>This period&apos;s conversion</source>
        <translation>本期的转化率</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Rates from</source>
        <translation>转化率依据</translation>
    </message>
    <message>
        <source>Not enough conversion data: a step has no rate or a zero rate.</source>
        <translation>转化数据不足：某一步没有转化率或转化率为零。</translation>
    </message>
    <message>
        <source>You need about {0} new leads</source>
        <translation>您需要约 {0} 条新线索</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Stage history: %1</source>
        <translation>阶段历史：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This value cannot be read.</source>
        <translation>无法读取此值。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Their version is shown; your changes were set aside.</source>
        <translation>现在显示的是对方的版本；您的修改已放弃。</translation>
    </message>
    <message>
        <source>Your changes are kept. Save again to replace their version with yours.</source>
        <translation>您的修改已保留。再次保存即可用您的版本替换对方的版本。</translation>
    </message>
</context>
<context>
    <name>RepsTab</name>
    <message>
        <source>A rep is added the first time a deal, lead or quota names them.</source>
        <translation>销售代表在商机、线索或配额第一次提到其名字时自动添加。</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>赢单商机</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>输单商机</translation>
    </message>
    <message>
        <source>Quota rows</source>
        <translation>配额行</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup. Dealbook shows what is in it before anything changes, and keeps a copy of your current file.</source>
        <translation>选择一个备份。Dealbook 会在任何更改之前显示其中的内容，并保留当前文件的副本。</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <source>No backup selected.</source>
        <translation>未选择备份。</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 (saved %2) holds %3 deals, %4 leads, %5 accounts, %6 spend rows, %7 NPS answers.</source>
        <translation>%1（保存于 %2）包含 %3 个商机、%4 条线索、%5 个客户、%6 条支出、%7 条 NPS 回答。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>The rows are in Dealbook; every page shows them now.</source>
        <translation>这些行已在 Dealbook 中；每个页面现在都会显示它们。</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销此次导入</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <source>{0} from {1} are in Dealbook. Undo takes this whole import back.</source>
        <translation>{1} 中的 {0} 已在 Dealbook 中。撤销会撤回整次导入。</translation>
    </message>
    <message>
        <source>Nothing new in {0}: its {1} rows are already in Dealbook, so nothing was changed and no import was recorded.</source>
        <translation>{0} 中没有新内容：其 {1} 行已在 Dealbook 中，因此没有任何更改，也没有记录导入。</translation>
    </message>
    <message>
        <source>Take this import back? The rows it added are removed and the rows it changed get their old values back.</source>
        <translation>撤回此次导入？它添加的行将被删除，它更改的行将恢复原值。</translation>
    </message>
    <message>
        <source>Taking the import back…</source>
        <translation>正在撤回导入…</translation>
    </message>
    <message>
        <source>The import was taken back; the workspace is as before.</source>
        <translation>导入已撤回；工作区恢复原样。</translation>
    </message>
    <message>
        <source>Rejected rows saved to {0}.</source>
        <translation>被拒绝的行已保存到 {0}。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Everything is written in one go: if you cancel, nothing is kept.</source>
        <translation>所有内容一次写入：如果取消，则不保留任何内容。</translation>
    </message>
    <message>
        <source>Importing {0} from {1}</source>
        <translation>正在从 {1} 导入 {0}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error ({0}); nothing was written.</source>
        <translation>导入因意外错误停止（{0}）；没有写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported. Click Finish and start again when ready.</source>
        <translation>没有导入任何内容。准备好后点击“完成”并重新开始。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>File and detected settings</source>
        <translation>文件与检测到的设置</translation>
    </message>
    <message>
        <source>Check what Dealbook found; change anything that looks wrong.</source>
        <translation>检查 Dealbook 找到的内容；修改任何看起来不对的地方。</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Day first (31/12/2025)</source>
        <translation>日在前（31/12/2025）</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>月在前（12/31/2025）</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>西欧语言 (Windows-1252)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>中欧语言 (Windows-1250)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>西里尔文 (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>西里尔文 (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>希腊语 (Windows-1253)</translation>
    </message>
    <message>
        <source>Turkish (Windows-1254)</source>
        <translation>土耳其语 (Windows-1254)</translation>
    </message>
    <message>
        <source>Simplified Chinese (GB18030)</source>
        <translation>简体中文 (GB18030)</translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5)</source>
        <translation>繁体中文 (Big5)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>日语 (Shift-JIS)</translation>
    </message>
    <message>
        <source>Korean (EUC-KR)</source>
        <translation>韩语 (EUC-KR)</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>Exported from</source>
        <translation>导出自</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; &lt;span style=&apos;color:#5f6673&apos;&gt;in {1}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; &lt;span style=&apos;color:#5f6673&apos;&gt;位于 {1}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>{0} (no known CRM)</source>
        <translation>{0}（未知 CRM）</translation>
    </message>
    <message>
        <source>{0} (found: {1})</source>
        <translation>{0}（找到：{1}）</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>日在前</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>月在前</translation>
    </message>
    <message>
        <source>{0}, like the other date columns</source>
        <translation>{0}，与其他日期列相同</translation>
    </message>
    <message>
        <source>⚠ The dates in {0} could be day-first or month-first. Dealbook reads them {1}; if that is wrong, change Dates above.</source>
        <translation>⚠ {0} 中的日期可能是日在前或月在前。Dealbook 按{1}读取；如果不对，请修改上方的“日期”。</translation>
    </message>
    <message>
        <source>No known CRM layout: columns matched by their names</source>
        <translation>没有已知的 CRM 格式：按列名匹配</translation>
    </message>
    <message>
        <source>Detected: a Dealbook export</source>
        <translation>检测到：Dealbook 导出文件</translation>
    </message>
    <message>
        <source>Detected: {0} export ({1} % sure)</source>
        <translation>检测到：{0} 导出文件（{1} % 确定）</translation>
    </message>
    <message>
        <source>header on line {0}</source>
        <translation>表头在第 {0} 行</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} 行</translation>
    </message>
    <message>
        <source>{0} footer lines skipped</source>
        <translation>略过了 {0} 行页脚</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Preview: the first {0} of {1} rows, as Dealbook will store them</source>
        <translation>预览：{1} 行中的前 {0} 行，按 Dealbook 的存储方式显示</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Three-letter code, e.g. USD, EUR, GBP</source>
        <translation>三个字母的代码，例如 CNY、USD、EUR</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Default customer lifetime</source>
        <translation>默认客户生命周期</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>A rep&apos;s working week, the base of &apos;time spent selling&apos;.</source>
        <translation>销售代表每周工作时间，“销售时间占比”的基础。</translation>
    </message>
    <message>
        <source>Working hours per week</source>
        <translation>每周工作小时</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>New rate…</source>
        <translation>新汇率…</translation>
    </message>
    <message>
        <source>Exchange rates (units of the base currency per unit)</source>
        <translation>汇率（每单位折合本位币）</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>管道阶段</translation>
    </message>
    <message>
        <source>In order from first contact to closing; Won and Lost are statuses.</source>
        <translation>按从首次接触到成交的顺序；赢单和输单是状态。</translation>
    </message>
    <message>
        <source>NPS and reports</source>
        <translation>NPS 与报告</translation>
    </message>
    <message>
        <source>Standard (detractors 0–6, promoters 9–10)</source>
        <translation>标准（批评者 0–6，推动者 9–10）</translation>
    </message>
    <message>
        <source>0–5 detractors, 6–8 passives</source>
        <translation>0–5 批评者，6–8 被动者</translation>
    </message>
    <message>
        <source>NPS scheme</source>
        <translation>NPS 方案</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Logo for reports</source>
        <translation>报告徽标</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language of Dealbook</source>
        <translation>Dealbook 的语言</translation>
    </message>
    <message>
        <source>Saved for this computer; Dealbook speaks it from its next start.</source>
        <translation>此设置保存在这台电脑上；Dealbook 下次启动时生效。</translation>
    </message>
    <message>
        <source>Show large amounts in 万 / 亿</source>
        <translation>大金额以 万 / 亿 显示</translation>
    </message>
    <message>
        <source>In Chinese: 12,345,678 reads 1,234.6万 and 123,456,789 reads 1.23亿, in the window, the review and its spreadsheet.</source>
        <translation>中文界面中：12,345,678 显示为 1,234.6万，123,456,789 显示为 1.23亿，适用于窗口、复盘报告及其电子表格。</translation>
    </message>
    <message>
        <source>Saved. Restart Dealbook to see it in the language you chose.</source>
        <translation>已保存。重新启动 Dealbook 即可使用所选语言。</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>选择徽标</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>StagesEditor</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>概率 %</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>The probability of %1 must be a number from 0 to 100.</source>
        <translation>%1 的概率必须是 0 到 100 之间的数字。</translation>
    </message>
</context>
<context>
    <name>StagesPage</name>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Each stage of your old CRM becomes an outcome and a stage of your pipeline.</source>
        <translation>旧 CRM 的每个阶段都会成为一个结果和您管道中的一个阶段。</translation>
    </message>
    <message>
        <source>Stage in the file</source>
        <translation>文件中的阶段</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Stage in your pipeline</source>
        <translation>您管道中的阶段</translation>
    </message>
    <message>
        <source>Use these stages as my pipeline (first import only)</source>
        <translation>将这些阶段用作我的管道（仅首次导入）</translation>
    </message>
    <message>
        <source>Name, to reuse this mapping next time</source>
        <translation>名称，以便下次重用此映射</translation>
    </message>
    <message>
        <source>Save mapping as</source>
        <translation>映射另存为</translation>
    </message>
    <message>
        <source>Open (or from a status column)</source>
        <translation>进行中（或取自状态列）</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>（无阶段）</translation>
    </message>
    <message>
        <source>This file has no stage column.</source>
        <translation>此文件没有阶段列。</translation>
    </message>
    <message>
        <source>{0} stages in the file: {1} open, {2} won, {3} lost. Won deals are placed in the last stage of your pipeline; lost deals keep no stage.</source>
        <translation>文件中有 {0} 个阶段：{1} 个进行中，{2} 个赢单，{3} 个输单。赢单的商机放在管道的最后一个阶段；输单的商机不保留阶段。</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>New…</source>
        <extracomment>kinds whose table is a frame of the context&apos;s dataset (same columns, with ids) emitted after the rows were (re)loaded and filtered</extracomment>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Nothing here yet. Use “New…” to add the first row, or import a file.</source>
        <translation>这里还没有内容。使用“新建…”添加第一行，或导入文件。</translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translation>导出显示的行</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Exported %n row(s) to %1.</source>
        <translation>已导出 %n 行到 %1。</translation>
    </message>
    <message>
        <source>%Ln row(s)</source>
        <translation>%Ln 行</translation>
    </message>
    <message>
        <source>Delete %n selected row(s)? You can undo this with Ctrl+Z.</source>
        <translation>删除所选的 %n 行？可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>%1 of %Ln row(s)</source>
        <translation>%1 / %Ln 行</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>New quota…</source>
        <translation>新建配额…</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>销售预测</translation>
    </message>
    <message>
        <source>New forecast…</source>
        <translation>新建销售预测…</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Dealbook</source>
        <translation>欢迎使用 Dealbook</translation>
    </message>
    <message>
        <source>Your sales numbers, on your own computer. How would you like to start?</source>
        <translation>您的销售数字，在您自己的电脑上。您想如何开始？</translation>
    </message>
    <message>
        <source>Import from your CRM</source>
        <translation>从 CRM 导入</translation>
    </message>
    <message>
        <source>Bring in the CSV or Excel export of Salesforce, HubSpot, Pipedrive, Zoho, Odoo or any spreadsheet. You can also drop the file on this window.</source>
        <translation>导入 Salesforce、HubSpot、Pipedrive、Zoho、Odoo 或任何电子表格的 CSV 或 Excel 导出文件。也可以将文件拖到此窗口。</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Enter your first deal</source>
        <translation>输入第一个商机</translation>
    </message>
    <message>
        <source>Start from scratch and type your deals in as they happen.</source>
        <translation>从零开始，随时录入您的商机。</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>Explore the demo company</source>
        <translation>浏览演示公司</translation>
    </message>
    <message>
        <source>Look around with two years of realistic made-up sales. The demo lives in its own file and never mixes with your data.</source>
        <translation>用两年逼真的虚构销售数据随意看看。演示数据保存在单独的文件中，绝不会与您的数据混在一起。</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>打开演示</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Connect to team database…</source>
        <translation>连接团队数据库…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save review as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>PDF, HTML or Excel…</source>
        <translation>PDF、HTML 或 Excel…</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>KPI formulas</source>
        <translation>KPI 公式</translation>
    </message>
    <message>
        <source>Enter licence…</source>
        <translation>输入许可证…</translation>
    </message>
    <message>
        <source>About Dealbook</source>
        <translation>关于 Dealbook</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Dealbook database (*.sqlite)</source>
        <translation>Dealbook 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>That file exists already; choose another name.</source>
        <translation>该文件已存在；请另选一个名称。</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Dealbook database (*.sqlite *.db);;All files (*)</source>
        <translation>Dealbook 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reports are not available in this build.</source>
        <translation>此版本不含报告功能。</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>Saving a backup…</source>
        <translation>正在保存备份…</translation>
    </message>
    <message>
        <source>A team database is restored on its server with pg_restore by whoever looks after it (see docs/team.md); Dealbook does not restore it.</source>
        <translation>团队数据库由其维护人员在服务器上用 pg_restore 恢复（见 docs/team.md）；Dealbook 不恢复团队数据库。</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>%Ln deal(s) left out: no exchange rate</source>
        <translation>%Ln 个商机未计入：没有汇率</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>No data in this period</source>
        <translation>本期间没有数据</translation>
    </message>
    <message>
        <source>No deals in this period</source>
        <translation>本期间没有商机</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>100 % of entries</source>
        <translation>入口的 100 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Deals: {1}&lt;br&gt;Value: {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;商机：{1}&lt;br&gt;金额：{2}</translation>
    </message>
    <message>
        <source>{0} of previous</source>
        <translation>上期的 {0}</translation>
    </message>
    <message>
        <source>{0} overall · {1} dropped</source>
        <translation>总体 {0} · 流失 {1}</translation>
    </message>
    <message>
        <source>Conversion from previous: {0}&lt;br&gt;Overall: {1}&lt;br&gt;Drop-off: {2}</source>
        <translation>相对上一步的转化率：{0}&lt;br&gt;总体：{1}&lt;br&gt;流失：{2}</translation>
    </message>
    <message>
        <source>No NPS answers in this period</source>
        <translation>本期间没有 NPS 回答</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>批评者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推动者</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;NPS: {1}&lt;br&gt;Answers: {2}&lt;br&gt;Promoters: {3}&lt;br&gt;Passives: {4}&lt;br&gt;Detractors: {5}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;NPS：{1}&lt;br&gt;回答：{2}&lt;br&gt;推动者：{3}&lt;br&gt;被动者：{4}&lt;br&gt;批评者：{5}</translation>
    </message>
    <message>
        <source>Open value</source>
        <translation>进行中金额</translation>
    </message>
    <message>
        <source>Weighted by probability</source>
        <translation>按概率加权</translation>
    </message>
    <message>
        <source>No open pipeline to show</source>
        <translation>没有可显示的进行中管道</translation>
    </message>
    <message>
        <source>Weighted pipeline {0} · Coverage {1}</source>
        <translation>加权管道金额 {0} · 覆盖率 {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Open deals: {1}&lt;br&gt;Value: {2}&lt;br&gt;Weighted: {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;进行中商机：{1}&lt;br&gt;金额：{2}&lt;br&gt;加权：{3}</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Revenue by month, against the year before</source>
        <translation>按月销售额，与上年同期对比</translation>
    </message>
    <message>
        <source>Revenue by source</source>
        <translation>按来源的销售额</translation>
    </message>
    <message>
        <source>Win rate by source</source>
        <translation>各来源赢单率</translation>
    </message>
    <message>
        <source>Customer acquisition cost by source</source>
        <translation>各来源获客成本</translation>
    </message>
    <message>
        <source>Net Promoter Score by month</source>
        <translation>按月净推荐值</translation>
    </message>
    <message>
        <source>Open pipeline at period end</source>
        <translation>期末的进行中管道</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>No months in this period</source>
        <translation>本期间没有月份</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Revenue: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;销售额：{1}</translation>
    </message>
    <message>
        <source>Revenue: {0}</source>
        <translation>销售额：{0}</translation>
    </message>
    <message>
        <source>Share of period: {0}</source>
        <translation>占本期：{0}</translation>
    </message>
    <message>
        <source>{0}: {1} (change {2})</source>
        <translation>{0}：{1}（变化 {2}）</translation>
    </message>
    <message>
        <source>No new customers from this source</source>
        <translation>此来源没有新增客户</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Revenue: {1}&lt;br&gt;Share: {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;销售额：{1}&lt;br&gt;占比：{2}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Win rate: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;赢单率：{1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;CAC: {1}&lt;br&gt;Spend: {2}&lt;br&gt;New customers: {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;获客成本：{1}&lt;br&gt;支出：{2}&lt;br&gt;新增客户：{3}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{0} cannot be {1}: choose one of {2}</source>
        <translation>{0} 不能是 {1}：请从 {2} 中选择一个</translation>
    </message>
    <message>
        <source>{0} must be a number, not {1}</source>
        <translation>{0} 必须是数字，不能是 {1}</translation>
    </message>
    <message>
        <source>{0} are required</source>
        <translation>必须提供 {0}</translation>
    </message>
    <message>
        <source>{0} is required</source>
        <translation>必须提供 {0}</translation>
    </message>
    <message>
        <source>{0} needs a value</source>
        <translation>{0} 需要一个值</translation>
    </message>
    <message>
        <source>{0} takes no value, not {1}</source>
        <translation>{0} 不接受值，不能写 {1}</translation>
    </message>
    <message>
        <source>Dealbook does not know {0}</source>
        <translation>Dealbook 不认识 {0}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>{0}: {1}. See `{0} --help`.</source>
        <translation>{0}：{1}。请参阅 `{0} --help`。</translation>
    </message>
    <message>
        <source>Dealbook: the offline sales-KPI desk. Without a command, opens the window.</source>
        <translation>Dealbook：离线的销售 KPI 工作台。不带命令时打开窗口。</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>database file (default: your Dealbook data folder)</source>
        <translation>数据库文件（默认：你的 Dealbook 数据文件夹）</translation>
    </message>
    <message>
        <source>check this installation end to end in a temporary folder and exit</source>
        <translation>在临时文件夹中完整检查本次安装，然后退出</translation>
    </message>
    <message>
        <source>{0} is empty: give a value, or leave {0} out.</source>
        <translation>{0} 为空：请给出一个值，或省略 {0}。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Dealbook stopped on an unexpected error ({0}: {1}). Please report this message; the log file has the details.</source>
        <translation>Dealbook 因意外错误而停止（{0}：{1}）。请报告此消息；日志文件中有详细信息。</translation>
    </message>
    <message>
        <source>database file or team database URL (postgresql://user@host/db; default: DEALBOOK_DB, else the workspace the window opened last, else dealbook.sqlite in your data folder)</source>
        <translation>数据库文件或团队数据库 URL（postgresql://user@host/db；默认：DEALBOOK_DB，否则为窗口上次打开的工作区，否则为数据文件夹中的 dealbook.sqlite）</translation>
    </message>
    <message>
        <source>--db is empty: give the path of a database file, or leave --db out.</source>
        <translation>--db 为空：请给出数据库文件的路径，或省略 --db。</translation>
    </message>
    <message>
        <source>No data of your own yet: reading the demo company ({0}). Import a file or give --db to read another database.</source>
        <translation>还没有您自己的数据：正在读取演示公司（{0}）。请导入文件，或用 --db 指定其他数据库。</translation>
    </message>
    <message>
        <source>Dealbook cannot read {0}.</source>
        <translation>Dealbook 无法读取 {0}。</translation>
    </message>
    <message>
        <source>No database at {0}. Create one with `dealbook demo --db {0}` or import a file.</source>
        <translation>{0} 处没有数据库。请用 `dealbook demo --db {0}` 创建一个，或导入文件。</translation>
    </message>
    <message>
        <source>Dealbook computes KPIs for dates from {0} to {1}: choose a period inside those dates (not {2} to {3}).</source>
        <extracomment>the dates KPIs are computed for: pandas&apos; datetimes end in 1677 and 2262, and a period is compared with the one before it and set beside the year before</extracomment>
        <translation>Dealbook 计算 {0} 至 {1} 之间日期的 KPI：请选择这段日期内的期间（而不是 {2} 至 {3}）。</translation>
    </message>
    <message>
        <source>The period {0} to {1} is too long: the period just before it, which it is compared with, would start before {2}. Choose a shorter period.</source>
        <translation>期间 {0} 至 {1} 太长：用于对比的上一期将早于 {2} 年开始。请选择更短的期间。</translation>
    </message>
    <message>
        <source>{0} is not a valid year.</source>
        <translation>{0} 不是有效的年份。</translation>
    </message>
    <message>
        <source>{0} is not a valid month: use 01 to 12, as in 2025-03.</source>
        <translation>{0} 不是有效的月份：请使用 01 到 12，例如 2025-03。</translation>
    </message>
    <message>
        <source>{0} is not a period. Write a year (2025), a quarter (2025-Q1) or a month (2025-03).</source>
        <translation>{0} 不是期间。请写年份（2025）、季度（2025-Q1）或月份（2025-03）。</translation>
    </message>
    <message>
        <source>The period ends ({0}) before it starts ({1}): give --from before --to.</source>
        <translation>期间的结束日期（{0}）早于开始日期（{1}）：--from 须早于 --to。</translation>
    </message>
    <message>
        <source>rep</source>
        <extracomment>the filters&apos; names in the heading of the table</extracomment>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>compute every KPI of a period</source>
        <translation>计算某一期间的全部 KPI</translation>
    </message>
    <message>
        <source>Compute every KPI of a period (default: the last full calendar month) and print them as a table, or as JSON with --json.</source>
        <translation>计算某一期间（默认：上一个完整的自然月）的全部 KPI，并以表格输出，或用 --json 以 JSON 输出。</translation>
    </message>
    <message>
        <source>a year (2025), quarter (2025-Q1) or month (2025-03)</source>
        <translation>年份（2025）、季度（2025-Q1）或月份（2025-03）</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>第一天（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>last day (default: today)</source>
        <translation>最后一天（默认：今天）</translation>
    </message>
    <message>
        <source>only this rep</source>
        <translation>仅此销售代表</translation>
    </message>
    <message>
        <source>only this lead source</source>
        <translation>仅此潜在客户来源</translation>
    </message>
    <message>
        <source>only this product</source>
        <translation>仅此产品</translation>
    </message>
    <message>
        <source>print the KPI object as JSON</source>
        <translation>以 JSON 输出 KPI 对象</translation>
    </message>
    <message>
        <source>{0} {1} is not a date. Write it as YYYY-MM-DD.</source>
        <translation>{0} {1} 不是日期。请按 YYYY-MM-DD 书写。</translation>
    </message>
    <message>
        <source>Give either --period or --from/--to, not both.</source>
        <translation>请给出 --period 或 --from/--to，不能同时给出。</translation>
    </message>
    <message>
        <source>--to needs --from: give the first day of the period too.</source>
        <translation>--to 需要 --from：请同时给出期间的第一天。</translation>
    </message>
    <message>
        <source>There is no rep named {0} ({1}). Known reps: {2}.</source>
        <translation>没有名为 {0} 的销售代表（{1}）。已知的销售代表：{2}。</translation>
    </message>
    <message>
        <source>There is no rep named {0} ({1}). This database has no rep yet.</source>
        <translation>没有名为 {0} 的销售代表（{1}）。此数据库还没有销售代表。</translation>
    </message>
    <message>
        <source>There is no source named {0} ({1}). Known sources: {2}.</source>
        <translation>没有名为 {0} 的来源（{1}）。已知的来源：{2}。</translation>
    </message>
    <message>
        <source>There is no source named {0} ({1}). This database has no source yet.</source>
        <translation>没有名为 {0} 的来源（{1}）。此数据库还没有来源。</translation>
    </message>
    <message>
        <source>There is no product named {0} ({1}). Known products: {2}.</source>
        <translation>没有名为 {0} 的产品（{1}）。已知的产品：{2}。</translation>
    </message>
    <message>
        <source>There is no product named {0} ({1}). This database has no product yet.</source>
        <translation>没有名为 {0} 的产品（{1}）。此数据库还没有产品。</translation>
    </message>
    <message>
        <source>KPIs for {0} ({1} to {2}), compared with {3} to {4}</source>
        <translation>{0} 的 KPI（{1} 至 {2}），与 {3} 至 {4} 对比</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Currency {0}; only {1}</source>
        <translation>币种 {0}；仅限 {1}</translation>
    </message>
    <message>
        <source>Currency {0}</source>
        <translation>币种 {0}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>%Ln deal(s) left out of money KPIs: no exchange rate for their currency.</source>
        <translation>%Ln 个商机未计入金额类 KPI：其币种没有汇率。</translation>
    </message>
    <message>
        <source>copy the database to the backup folder now</source>
        <translation>立即将数据库复制到备份文件夹</translation>
    </message>
    <message>
        <source>Copy the database to its backup folder now (the newest 10 are kept).</source>
        <translation>立即将数据库复制到其备份文件夹（保留最新的 10 个）。</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>以 JSON 输出结果</translation>
    </message>
    <message>
        <source>put a backup&apos;s data back into the database</source>
        <translation>将备份中的数据放回数据库</translation>
    </message>
    <message>
        <source>Replace the database&apos;s data with a backup&apos;s. The data it replaces is kept as a backup first.</source>
        <translation>用备份中的数据替换数据库中的数据。被替换的数据会先保留为一个备份。</translation>
    </message>
    <message>
        <source>the backup file (.sqlite)</source>
        <translation>备份文件（.sqlite）</translation>
    </message>
    <message>
        <source>Backed up {0} to {1}</source>
        <translation>已将 {0} 备份到 {1}</translation>
    </message>
    <message>
        <source>Restored {0} into {1}. The data it replaced is kept as {2}.</source>
        <translation>已将 {0} 恢复到 {1}。被替换的数据保留为 {2}。</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>nps</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <source>quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>forecasts</source>
        <translation>销售预测</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>fill a database with realistic demo data</source>
        <translation>用逼真的演示数据填充数据库</translation>
    </message>
    <message>
        <source>Fill a new or empty database with a believable small B2B company: customers from before its first year, then whole calendar years up to today of deals, contracts renewed or lost, leads, the reps&apos; activities, spend, NPS answers, quotas and forecasts.</source>
        <translation>用一家可信的小型 B2B 公司填充新的或空的数据库：第一年之前的客户，然后是截至今天的完整自然年的商机、续约或流失的合同、线索、销售代表的销售活动、营销与销售支出、NPS 回复、配额和销售预测。</translation>
    </message>
    <message>
        <source>number of deals (default 1500); the company&apos;s size follows</source>
        <translation>商机数量（默认 1500）；公司规模随之而定</translation>
    </message>
    <message>
        <source>same seed, same data (default: random)</source>
        <translation>相同的种子，相同的数据（默认：随机）</translation>
    </message>
    <message>
        <source>print the counts as JSON</source>
        <translation>以 JSON 输出计数</translation>
    </message>
    <message>
        <source>--deals must lie between 1 and {0}.</source>
        <translation>--deals 必须在 1 到 {0} 之间。</translation>
    </message>
    <message>
        <source>Demo company written to {0} in {1} s:</source>
        <translation>演示公司已写入 {0}，用时 {1} 秒：</translation>
    </message>
    <message>
        <source>write a table as CSV or XLSX in the native format</source>
        <translation>以原生格式将表写为 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>Write one table as CSV (UTF-8) or XLSX with the native column names, ready to import again.</source>
        <translation>将一张表以原生列名写为 CSV（UTF-8）或 XLSX，可直接再次导入。</translation>
    </message>
    <message>
        <source>which table (default deals)</source>
        <translation>哪张表（默认 deals）</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.xlsx</source>
        <translation>FILE.csv 或 FILE.xlsx</translation>
    </message>
    <message>
        <source>--out {0} must end in .csv or .xlsx.</source>
        <translation>--out {0} 必须以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>%Ln row(s) of {0} written to {1}</source>
        <translation>已将 {0} 的 %Ln 行写入 {1}</translation>
    </message>
    <message>
        <source>list past imports</source>
        <translation>列出以往的导入</translation>
    </message>
    <message>
        <source>print the list as JSON</source>
        <translation>以 JSON 输出列表</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>还没有导入。</translation>
    </message>
    <message>
        <source>undone {0}</source>
        <translation>已于 {0} 撤销</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>imported {0}, updated {1}, rejected {2}</source>
        <translation>导入 {0}，更新 {1}，拒绝 {2}</translation>
    </message>
    <message>
        <source>write the sales review of a period as PDF, HTML or XLSX</source>
        <translation>将某一期间的销售复盘报告写为 PDF、HTML 或 XLSX</translation>
    </message>
    <message>
        <source>Write the sales review of a period as PDF, HTML or XLSX.</source>
        <translation>将某一期间的销售复盘报告写为 PDF、HTML 或 XLSX。</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>最后一天（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>paper size of a PDF (default: the one usual where you are)</source>
        <translation>PDF 的纸张大小（默认：你所在地常用的大小）</translation>
    </message>
    <message>
        <source>FILE.pdf, .html or .xlsx</source>
        <translation>FILE.pdf、.html 或 .xlsx</translation>
    </message>
    <message>
        <source>{0} {1} is not a date: write it as YYYY-MM-DD.</source>
        <translation>{0} {1} 不是日期：请按 YYYY-MM-DD 书写。</translation>
    </message>
    <message>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>请给出 --period 或 --from 和 --to，不能同时给出。</translation>
    </message>
    <message>
        <source>Say which period to report: --period 2025-Q1, or --from DATE --to DATE.</source>
        <translation>请说明报告哪个期间：--period 2025-Q1，或 --from 日期 --to 日期。</translation>
    </message>
    <message>
        <source>%Ln page(s)</source>
        <translation>%Ln 页</translation>
    </message>
    <message>
        <source>%Ln sheet(s)</source>
        <translation>%Ln 个工作表</translation>
    </message>
    <message>
        <source>take one import back</source>
        <translation>撤销一次导入</translation>
    </message>
    <message>
        <source>the import number (see imports)</source>
        <translation>导入编号（见 imports）</translation>
    </message>
    <message>
        <source>%Ln row(s) removed</source>
        <translation>删除了 %Ln 行</translation>
    </message>
    <message>
        <source>%Ln row(s) restored</source>
        <translation>恢复了 %Ln 行</translation>
    </message>
    <message>
        <source>Import {0} undone: {1}, {2}.</source>
        <translation>导入 {0} 已撤销：{1}，{2}。</translation>
    </message>
    <message>
        <source>import a CSV/XLSX/XLS/ODS export of your CRM or a native Dealbook file</source>
        <translation>导入 CRM 导出的 CSV/XLSX/XLS/ODS 文件或 Dealbook 原生文件</translation>
    </message>
    <message>
        <source>Import a CSV, TSV, XLSX, XLS or ODS file. Rows that break the rules are listed, the rest imports; importing the same file again adds nothing.</source>
        <translation>导入 CSV、TSV、XLSX、XLS 或 ODS 文件。违反规则的行会被列出，其余的行照常导入；再次导入同一文件不会新增任何内容。</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>what the file holds</source>
        <translation>文件中的内容类型</translation>
    </message>
    <message>
        <source>the CRM that wrote the file (default: detect it)</source>
        <translation>写出此文件的 CRM（默认：自动识别）</translation>
    </message>
    <message>
        <source>check and count, write nothing</source>
        <translation>只检查和计数，不写入任何内容</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>以 JSON 输出报告</translation>
    </message>
    <message>
        <source>day/month order for date columns that cannot tell</source>
        <translation>无法判断日/月顺序的日期列所用的顺序</translation>
    </message>
    <message>
        <source>the workbook sheet to read (default: the first)</source>
        <translation>要读取的工作表（默认：第一个）</translation>
    </message>
    <message>
        <source>the text encoding of a CSV file (e.g. utf-8, cp1252, gb18030, shift_jis); default: detect it from the whole file</source>
        <translation>CSV 文件的文本编码（例如 utf-8、cp1252、gb18030、shift_jis）；默认：根据整个文件识别</translation>
    </message>
    <message>
        <source>first import into an empty workspace: use the CRM&apos;s open stages</source>
        <translation>首次导入空工作区时：使用 CRM 的进行中阶段</translation>
    </message>
    <message>
        <source>use COLUMN for FIELD (repeatable), e.g. --map title=opportunity_id</source>
        <translation>用 COLUMN 列作为 FIELD 字段（可重复），例如 --map title=opportunity_id</translation>
    </message>
    <message>
        <source>a saved mapping: {&apos;preset&apos;, &apos;columns&apos;: {column: field}, &apos;stages&apos;: {...}}</source>
        <translation>已保存的映射：{&apos;preset&apos;, &apos;columns&apos;: {column: field}, &apos;stages&apos;: {...}}</translation>
    </message>
    <message>
        <source>--map &apos;{0}&apos; is not FIELD=COLUMN; write e.g. --map title=Name.</source>
        <translation>--map &apos;{0}&apos; 不是 字段=列 的形式；请写成例如 --map title=Name。</translation>
    </message>
    <message>
        <source>--map: &apos;{0}&apos; is not a field of {1}; use one of: {2}.</source>
        <translation>--map：&apos;{0}&apos; 不是 {1} 的字段；请使用以下之一：{2}。</translation>
    </message>
    <message>
        <source>The mapping file {0} does not exist; check its name.</source>
        <translation>映射文件 {0} 不存在；请检查其名称。</translation>
    </message>
    <message>
        <source>The mapping file {0} is not a JSON object of columns and stages; save the mapping again from the import wizard.</source>
        <translation>映射文件 {0} 不是包含列和阶段的 JSON 对象；请从导入向导重新保存映射。</translation>
    </message>
    <message>
        <source>The mapping file {0} has no &apos;columns&apos; object; it should look like {1}.</source>
        <translation>映射文件 {0} 没有 &apos;columns&apos; 对象；它应该类似 {1}。</translation>
    </message>
    <message>
        <source>The mapping file maps &apos;{0}&apos; to &apos;{1}&apos;, which is not a field of {2}.</source>
        <translation>映射文件将 &apos;{0}&apos; 映射到 &apos;{1}&apos;，但它不是 {2} 的字段。</translation>
    </message>
    <message>
        <source>The mapping file {0} has a &apos;stages&apos; entry that is not an object.</source>
        <translation>映射文件 {0} 的 &apos;stages&apos; 项不是对象。</translation>
    </message>
    <message>
        <source>The mapping file names the unknown preset &apos;{0}&apos;.</source>
        <translation>映射文件指定了未知的预设 &apos;{0}&apos;。</translation>
    </message>
    <message>
        <source>Imported {0}, updated {1}, already there {2}, duplicates {3}, rejected {4}.</source>
        <translation>导入 {0}，更新 {1}，已存在 {2}，重复 {3}，拒绝 {4}。</translation>
    </message>
    <message>
        <source>(dry run: nothing written)</source>
        <translation>（试运行：未写入任何内容）</translation>
    </message>
    <message>
        <source>{0}: {1} ({2}), %Ln row(s) read.</source>
        <translation>{0}：{1}（{2}），读取了 %Ln 行。</translation>
    </message>
    <message>
        <source>Nothing new in this file: the database is unchanged and no import is recorded.</source>
        <translation>此文件中没有新内容：数据库未改变，也没有记录导入。</translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation>注意：{0}。</translation>
    </message>
    <message>
        <source>row {0} (line {1}): {2} - {3}</source>
        <translation>第 {0} 行（文件第 {1} 行）：{2} - {3}</translation>
    </message>
    <message>
        <source>... and %Ln more (use --json for all)</source>
        <translation>…… 还有 %Ln 行（使用 --json 查看全部）</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>警告：{0}</translation>
    </message>
    <message>
        <source>Dates in &apos;{0}&apos; could be read either way; read as {1} ({2}). Use --date-order to change.</source>
        <translation>&apos;{0}&apos; 中的日期两种读法都可能；已按 {1} 读取（{2}）。使用 --date-order 可更改。</translation>
    </message>
    <message>
        <source>Deals: {0} open, {1} won, {2} lost.</source>
        <translation>商机：{0} 个进行中，{1} 个赢单，{2} 个输单。</translation>
    </message>
    <message>
        <source>Import {0}; take it back with: dealbook undo-import {0}</source>
        <translation>导入 {0}；撤回请用：dealbook undo-import {0}</translation>
    </message>
    <message>
        <source>{0} deals have no amount; they are imported without one.</source>
        <translation>{0} 个商机没有金额；导入时不带金额。</translation>
    </message>
    <message>
        <source>{0} rows have text starting with = + - or @; it is kept as plain text.</source>
        <translation>{0} 行的文本以 = + - 或 @ 开头；按纯文本保存。</translation>
    </message>
    <message>
        <source>{0} date columns could be day-first or month-first (see below).</source>
        <translation>{0} 个日期列可能是日在前或月在前（见下文）。</translation>
    </message>
    <message>
        <source>{0} deals have a stage that matches no pipeline stage; they go to the first stage.</source>
        <translation>{0} 个商机的阶段与管道阶段都不匹配；它们放入第一个阶段。</translation>
    </message>
    <message>
        <source>{0} deals are won and none is lost: if your CRM records lost deals in a column Dealbook did not use, map it (--map status=COLUMN).</source>
        <translation>{0} 个商机赢单而没有输单：如果您的 CRM 在 Dealbook 未使用的列中记录输单，请映射该列（--map status=列名）。</translation>
    </message>
    <message>
        <source>all {0} deals are open: if the file says which are won or lost in a column Dealbook did not use, map it (--map status=COLUMN).</source>
        <translation>全部 {0} 个商机都在进行中：如果文件在 Dealbook 未使用的列中说明哪些赢单或输单，请映射该列（--map status=列名）。</translation>
    </message>
    <message>
        <source>{0} deals close before they were created; check the date columns.</source>
        <translation>{0} 个商机的结束日期早于创建日期；请检查日期列。</translation>
    </message>
    <message>
        <source>{0} columns look like won/lost statuses but were not used; map one with --map status=COLUMN.</source>
        <translation>{0} 列看起来像赢单/输单状态但未被使用；请用 --map status=列名 映射其中一列。</translation>
    </message>
    <message>
        <source>{0} columns look like amounts but were not used; map one with --map amount=COLUMN.</source>
        <translation>{0} 列看起来像金额但未被使用；请用 --map amount=列名 映射其中一列。</translation>
    </message>
    <message>
        <source>the file has no name column: {0} deals are named by their record id.</source>
        <translation>文件没有名称列：{0} 个商机以记录 ID 命名。</translation>
    </message>
    <message>
        <source>the file has no name column: {0} deals are named by their account and product.</source>
        <translation>文件没有名称列：{0} 个商机以客户和产品命名。</translation>
    </message>
    <message>
        <source>{0} numbers like 1.234 could be thousands or decimals; they are read with their column&apos;s decimal mark: check them.</source>
        <translation>{0} 个形如 1.234 的数字既可能是千位也可能是小数；已按其所在列的小数点读取，请核对。</translation>
    </message>
    <message>
        <source>as the file&apos;s other date columns</source>
        <translation>与文件中其他日期列相同</translation>
    </message>
    <message>
        <source>from the file&apos;s number format</source>
        <translation>根据文件的数字格式</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>day first (DMY)</source>
        <translation>日在前（DMY）</translation>
    </message>
    <message>
        <source>month first (MDY)</source>
        <translation>月在前（MDY）</translation>
    </message>
    <message>
        <source>{0} is a folder, not a database file. Choose a .sqlite file.</source>
        <translation>{0} 是文件夹，不是数据库文件。请选择一个 .sqlite 文件。</translation>
    </message>
    <message>
        <source>set up a shared team database on a PostgreSQL server</source>
        <translation>在 PostgreSQL 服务器上设置共享的团队数据库</translation>
    </message>
    <message>
        <source>Set up a team database on a PostgreSQL server, move a workspace into it and let people log in (see docs/team.md).</source>
        <translation>在 PostgreSQL 服务器上设置团队数据库，把工作区迁入其中，并让成员登录（见 docs/team.md）。</translation>
    </message>
    <message>
        <source>give an empty PostgreSQL database Dealbook&apos;s schema, roles and privileges</source>
        <translation>为空的 PostgreSQL 数据库建立 Dealbook 的结构、角色和权限</translation>
    </message>
    <message>
        <source>Create Dealbook&apos;s tables, the roles dealbook_manager and dealbook_rep and their privileges in a PostgreSQL database. Run it as the server&apos;s administrator; running it again renews the privileges and changes no data.</source>
        <translation>在 PostgreSQL 数据库中创建 Dealbook 的表、角色 dealbook_manager 和 dealbook_rep 及其权限。请以服务器管理员身份运行；再次运行会更新权限，不会更改数据。</translation>
    </message>
    <message>
        <source>postgresql://admin@server/database</source>
        <translation>postgresql://管理员@服务器/数据库</translation>
    </message>
    <message>
        <source>move a workspace file into a new, empty team database</source>
        <translation>把工作区文件迁入新的空团队数据库</translation>
    </message>
    <message>
        <source>Copy every table of a workspace file into an empty team database in one transaction, and check that each table has as many rows on both sides.</source>
        <translation>在一个事务中把工作区文件的每个表复制到空的团队数据库，并检查两边每个表的行数相同。</translation>
    </message>
    <message>
        <source>the workspace file (.sqlite)</source>
        <translation>工作区文件（.sqlite）</translation>
    </message>
    <message>
        <source>let a person log in to the team database as a manager or a rep</source>
        <translation>让一个人以经理或销售代表身份登录团队数据库</translation>
    </message>
    <message>
        <source>Create a login on the server (or change its password and role) and say which rep it is. A manager sees and changes everything; a rep changes only their own deals, leads and activities.</source>
        <translation>在服务器上创建登录名（或更改其密码和角色），并指明它对应哪位销售代表。经理可以查看和更改一切；销售代表只能更改自己的商机、线索和活动。</translation>
    </message>
    <message>
        <source>the person&apos;s login name (lowercase)</source>
        <translation>此人的登录名（小写）</translation>
    </message>
    <message>
        <source>manager or rep</source>
        <translation>manager（经理）或 rep（销售代表）</translation>
    </message>
    <message>
        <source>the rep this login is (required for a rep)</source>
        <translation>此登录名对应的销售代表（销售代表必填）</translation>
    </message>
    <message>
        <source>read the login&apos;s password from the first line of standard input</source>
        <translation>从标准输入的第一行读取该登录名的密码</translation>
    </message>
    <message>
        <source>the team database (postgresql://...)</source>
        <translation>团队数据库（postgresql://...）</translation>
    </message>
    <message>
        <source>who you are on the team database, your role and what you see</source>
        <translation>您在团队数据库中的身份、角色以及能看到的内容</translation>
    </message>
    <message>
        <source>Show your login, role and rep on the team database and what you see.</source>
        <translation>显示您在团队数据库中的登录名、角色和销售代表，以及您能看到的内容。</translation>
    </message>
    <message>
        <source>postgresql://you@server/database</source>
        <translation>postgresql://您的登录名@服务器/数据库</translation>
    </message>
    <message>
        <source>print the status as JSON</source>
        <translation>以 JSON 输出状态</translation>
    </message>
    <message>
        <source>change a team setting</source>
        <translation>更改团队设置</translation>
    </message>
    <message>
        <source>Change a setting of the team database (a manager or the administrator).</source>
        <translation>更改团队数据库的设置（经理或管理员）。</translation>
    </message>
    <message>
        <source>postgresql://manager@server/database</source>
        <translation>postgresql://经理@服务器/数据库</translation>
    </message>
    <message>
        <source>yes: a rep sees only their own deals, leads and activities; no: everything</source>
        <translation>yes：销售代表只能看到自己的商机、线索和活动；no：可以看到全部</translation>
    </message>
    <message>
        <source>{0} is ready for a team. Next: move your workspace in with `dealbook team push`, then add each person with `dealbook team add-user`.</source>
        <translation>{0} 已可供团队使用。下一步：用 `dealbook team push` 迁入您的工作区，再用 `dealbook team add-user` 添加每个人。</translation>
    </message>
    <message>
        <source>Moved {0} into {1}: every table has the same number of rows in both.</source>
        <translation>已将 {0} 迁入 {1}：两边每个表的行数都相同。</translation>
    </message>
    <message>
        <source>No password on standard input: write it on the first line.</source>
        <translation>标准输入中没有密码：请把密码写在第一行。</translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>{0} 的密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>两次输入的密码不同：没有做任何更改。</translation>
    </message>
    <message>
        <source>Give the team database with --db postgresql://admin@server/database.</source>
        <translation>请用 --db postgresql://admin@server/database 指定团队数据库。</translation>
    </message>
    <message>
        <source>{0} can now log in to {1} as the rep {2}.</source>
        <translation>{0} 现在可以以销售代表 {2} 的身份登录 {1}。</translation>
    </message>
    <message>
        <source>{0} can now log in to {1} as a manager.</source>
        <translation>{0} 现在可以以经理身份登录 {1}。</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>not a member of the team</source>
        <translation>不是团队成员</translation>
    </message>
    <message>
        <source>Team database: {0} on {1} as {2} ({3}).</source>
        <translation>团队数据库：{1} 上的 {0}，身份为 {2}（{3}）。</translation>
    </message>
    <message>
        <source>Rep: {0}</source>
        <translation>销售代表：{0}</translation>
    </message>
    <message>
        <source>Reps see only their own deals, leads and activities.</source>
        <translation>销售代表只能看到自己的商机、线索和活动。</translation>
    </message>
    <message>
        <source>Reps see every record and change only their own.</source>
        <translation>销售代表可以看到所有记录，但只能更改自己的。</translation>
    </message>
    <message>
        <source>You see {0} deals, {1} leads, {2} activities, {3} accounts and {4} reps.</source>
        <translation>您可以看到 {0} 个商机、{1} 条线索、{2} 项活动、{3} 个客户和 {4} 位销售代表。</translation>
    </message>
    <message>
        <source>Reps now see only their own deals, leads and activities.</source>
        <translation>现在销售代表只能看到自己的商机、线索和活动。</translation>
    </message>
    <message>
        <source>Reps now see every record and change only their own.</source>
        <translation>现在销售代表可以看到所有记录，但只能更改自己的。</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Delete %n rows</source>
        <translation>删除 %n 行</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Change %n rows</source>
        <translation>更改 %n 行</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>this deal</source>
        <translation>这个商机</translation>
    </message>
    <message>
        <source>this lead</source>
        <translation>这条线索</translation>
    </message>
    <message>
        <source>this activity</source>
        <translation>这条销售活动</translation>
    </message>
    <message>
        <source>this spend row</source>
        <translation>这条营销与销售支出</translation>
    </message>
    <message>
        <source>this NPS answer</source>
        <translation>这条 NPS 回答</translation>
    </message>
    <message>
        <source>this quota</source>
        <translation>这条配额</translation>
    </message>
    <message>
        <source>this forecast</source>
        <translation>这条销售预测</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>这个客户</translation>
    </message>
    <message>
        <source>this exchange rate</source>
        <translation>这条汇率</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>这条记录</translation>
    </message>
    <message>
        <source>Someone else changed {0} while you were editing it: {1}. Reload it to see their version; your changes are kept in the form.</source>
        <translation>在您编辑{0}时，其他人修改了它：{1}。请重新载入以查看对方的版本；您的修改仍保留在表单中。</translation>
    </message>
    <message>
        <source>Someone else saved {0} while you were editing it. Reload it to see their version; your changes are kept in the form.</source>
        <translation>在您编辑{0}时，其他人保存了它。请重新载入以查看对方的版本；您的修改仍保留在表单中。</translation>
    </message>
    <message>
        <source>Someone else deleted {0} while you were editing it: nothing was saved. Your changes are kept in the form; add it again if it is still needed.</source>
        <translation>在您编辑{0}时，其他人删除了它：没有保存任何内容。您的修改仍保留在表单中；如仍需要，请重新添加。</translation>
    </message>
    <message>
        <source>another rep</source>
        <translation>另一位销售代表</translation>
    </message>
    <message>
        <source>You can change only your own leads; this one belongs to {0}. Ask a manager to change it.</source>
        <translation>您只能修改自己的线索；这条线索属于 {0}。请让经理来修改。</translation>
    </message>
    <message>
        <source>You can change only your own activities; this one belongs to {0}. Ask a manager to change it.</source>
        <translation>您只能修改自己的销售活动；这条活动属于 {0}。请让经理来修改。</translation>
    </message>
    <message>
        <source>You can change only your own deals; this one belongs to {0}. Ask a manager to change it.</source>
        <translation>您只能修改自己的商机；这个商机属于 {0}。请让经理来修改。</translation>
    </message>
    <message>
        <source>You can add and keep only leads of your own: choose yourself as the owner, or ask a manager to hand it over.</source>
        <translation>您只能添加和保留自己的线索：请把负责人选为您自己，或请经理转交。</translation>
    </message>
    <message>
        <source>You can add and keep only activities of your own: choose yourself as the owner, or ask a manager to hand it over.</source>
        <translation>您只能添加和保留自己的销售活动：请把负责人选为您自己，或请经理转交。</translation>
    </message>
    <message>
        <source>You can add and keep only deals of your own: choose yourself as the owner, or ask a manager to hand it over.</source>
        <translation>您只能添加和保留自己的商机：请把负责人选为您自己，或请经理转交。</translation>
    </message>
    <message>
        <source>Only a manager can import files into the team database: nothing was imported. Ask a manager to import the file.</source>
        <translation>只有经理可以向团队数据库导入文件：没有导入任何内容。请让经理导入该文件。</translation>
    </message>
    <message>
        <source>Only a manager can make this change: the team database refused it. Ask a manager to make it.</source>
        <translation>只有经理可以做这项修改：团队数据库拒绝了它。请让经理来修改。</translation>
    </message>
    <message>
        <source>The team database cannot be reached; nothing was saved. Dealbook will reconnect; your changes are still in the form.</source>
        <translation>无法连接团队数据库；没有保存任何内容。Dealbook 会重新连接；您的修改仍在表单中。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>the database</source>
        <extracomment>SQLite&apos;s messages, for errors that lost their code on the way</extracomment>
        <translation>数据库</translation>
    </message>
    <message>
        <source>{0} is read-only (or its folder is): Dealbook cannot write there. Make the file and its folder writable, or choose a folder you can write to.</source>
        <translation>{0} 是只读的（或其所在文件夹是只读的）：Dealbook 无法写入。请让该文件及其文件夹可写，或选择一个可写的文件夹。</translation>
    </message>
    <message>
        <source>The disk holding {0} is full: nothing was written. Free some disk space, then try again.</source>
        <translation>存放 {0} 的磁盘已满：没有写入任何内容。请释放一些磁盘空间后重试。</translation>
    </message>
    <message>
        <source>{0} is busy: another Dealbook (the window or a command) is writing to it. Try again in a moment.</source>
        <translation>{0} 正忙：另一个 Dealbook（窗口或命令）正在写入它。请稍后重试。</translation>
    </message>
    <message>
        <source>The path {0} is too long for this computer. Choose a shorter file name or a folder nearer the top of the disk.</source>
        <translation>路径 {0} 对这台电脑来说太长。请选择更短的文件名，或更靠近磁盘根目录的文件夹。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file. Give a file name inside it.</source>
        <translation>{0} 是文件夹，不是文件。请在其中给出一个文件名。</translation>
    </message>
    <message>
        <source>{0} is not a Dealbook database (it is not an SQLite file). Choose a Dealbook database file, or create a new one.</source>
        <translation>{0} 不是 Dealbook 数据库（不是 SQLite 文件）。请选择一个 Dealbook 数据库文件，或新建一个。</translation>
    </message>
    <message>
        <source>{0} is damaged (some of its pages cannot be read). Restore the latest backup, {1}, with File ▸ Restore from a backup or `dealbook restore {1}`.</source>
        <translation>{0} 已损坏（部分页面无法读取）。请用 文件 ▸ 从备份恢复 或 `dealbook restore {1}` 恢复最新的备份 {1}。</translation>
    </message>
    <message>
        <source>{0} is damaged (some of its pages cannot be read). There is no backup of it: keep the file as it is and ask for help to recover it.</source>
        <translation>{0} 已损坏（部分页面无法读取）。它没有备份：请保持文件原样，并寻求帮助来恢复它。</translation>
    </message>
    <message>
        <source>Dealbook cannot open {0}. Check that its folder exists and that you may read and write there, then try again.</source>
        <translation>Dealbook 无法打开 {0}。请检查其文件夹是否存在、您是否有读写权限，然后重试。</translation>
    </message>
    <message>
        <source>The disk could not read or write {0}. Check that the disk is still connected and has free space, then try again.</source>
        <translation>磁盘无法读写 {0}。请检查磁盘是否仍然连接并有可用空间，然后重试。</translation>
    </message>
    <message>
        <source>The folder {0} does not exist: create it or choose another.</source>
        <translation>文件夹 {0} 不存在：请创建它或另选一个。</translation>
    </message>
    <message>
        <source>Dealbook cannot write {0}.</source>
        <translation>Dealbook 无法写入 {0}。</translation>
    </message>
    <message>
        <source>{0} could not be written whole (is the disk full?). Nothing was saved: free some disk space, then try again.</source>
        <translation>{0} 未能完整写入（磁盘已满？）。未保存任何内容：请释放一些磁盘空间后重试。</translation>
    </message>
    <message>
        <source>Dealbook cannot write {0} ({1}).</source>
        <translation>Dealbook 无法写入 {0}（{1}）。</translation>
    </message>
    <message>
        <source>Dealbook cannot write {0}: its folder is crowded with temporary files.</source>
        <translation>Dealbook 无法写入 {0}：其文件夹中临时文件过多。</translation>
    </message>
    <message>
        <source>{0} cannot be replaced: it is read-only or open in another program. Close it there, or choose another file name.</source>
        <translation>无法替换 {0}：它是只读的，或已在其他程序中打开。请在那里关闭它，或另选一个文件名。</translation>
    </message>
    <message>
        <source>The backup could not be written ({0}). Free some disk space and try again.</source>
        <translation>未能写入备份（{0}）。请释放一些磁盘空间后重试。</translation>
    </message>
    <message>
        <source>A team database is backed up and restored on its server with PostgreSQL&apos;s pg_dump and pg_restore (see the team guide, docs/team.md), not by Dealbook.</source>
        <translation>团队数据库在其服务器上用 PostgreSQL 的 pg_dump 和 pg_restore 备份和恢复（见团队指南 docs/team.md），而不是由 Dealbook 完成。</translation>
    </message>
    <message>
        <source>There is no database at {0} to back up.</source>
        <translation>{0} 处没有可备份的数据库。</translation>
    </message>
    <message>
        <source>There is no backup file at {0}.</source>
        <translation>{0} 处没有备份文件。</translation>
    </message>
    <message>
        <source>{0} is not a Dealbook backup ({1}).</source>
        <translation>{0} 不是 Dealbook 备份（{1}）。</translation>
    </message>
    <message>
        <source>The backup {0} is damaged too: choose an older backup.</source>
        <translation>备份 {0} 也已损坏：请选择更早的备份。</translation>
    </message>
    <message>
        <source>{0} was saved with another page size than {1}: open the backup itself with File ▸ Open instead.</source>
        <translation>{0} 的页面大小与 {1} 不同：请改用 文件 ▸ 打开 直接打开该备份。</translation>
    </message>
    <message>
        <source>{0} could not be restored ({1}). Nothing was changed; try again.</source>
        <translation>未能恢复 {0}（{1}）。没有任何更改；请重试。</translation>
    </message>
    <message>
        <source>The demo can have between 1 and {0} deals.</source>
        <translation>演示数据的商机数须在 1 到 {0} 之间。</translation>
    </message>
    <message>
        <source>This database already holds data, so the demo was not added. Choose a new file with --db to create a demo company.</source>
        <translation>此数据库已有数据，因此未添加演示数据。请用 --db 选择一个新文件来创建演示公司。</translation>
    </message>
    <message>
        <source>{0} cannot be exported. Choose one of: {1}.</source>
        <extracomment>the export&apos;s column kind of each declared field type kind -&gt; [(header, SQL expression, column kind)]; kinds: text, number, int, date</extracomment>
        <translation>{0} 无法导出。请选择以下之一：{1}。</translation>
    </message>
    <message>
        <source>The table has more rows than an Excel sheet can hold. Export it as CSV instead.</source>
        <translation>此表的行数超过 Excel 工作表的容量。请改为导出 CSV。</translation>
    </message>
    <message>
        <source>{0} must end in .csv or .xlsx.</source>
        <translation>{0} 必须以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>The folder {0} does not exist. Choose another place for the file.</source>
        <translation>文件夹 {0} 不存在。请为文件另选一个位置。</translation>
    </message>
    <message>
        <source>Dealbook cannot write {0} ({1}). Close it if it is open in another program, or choose another name.</source>
        <translation>Dealbook 无法写入 {0}（{1}）。如果它已在其他程序中打开，请关闭它，或另选一个名称。</translation>
    </message>
    <message>
        <source>There is no import number {0}; run &apos;dealbook imports&apos; to see the imports.</source>
        <extracomment>tables whose rows carry the batch that wrote them (stage history first: it refers to deals) who refers to a lookup row (table, column) what every import writes beside its kind&apos;s tables the caller&apos;s own report type, handed back as it was made the pipeline in order as (name, default probability in percent), as the ``pipeline_stages`` table and the import files write it (a ``Stage`` is a fraction)</extracomment>
        <translation>没有编号为 {0} 的导入；请运行 &apos;dealbook imports&apos; 查看各次导入。</translation>
    </message>
    <message>
        <source>Import {0} was already undone on {1}.</source>
        <translation>导入 {0} 已于 {1} 撤销。</translation>
    </message>
    <message>
        <source>Import {0} changed rows that import {1} brought in; undo import {0} first.</source>
        <translation>导入 {0} 更改了导入 {1} 带入的行；请先撤销导入 {0}。</translation>
    </message>
    <message>
        <source>{0} is not a team database. Give its URL, like postgresql://user@server/database.</source>
        <translation>{0} 不是团队数据库。请给出它的 URL，例如 postgresql://user@server/database。</translation>
    </message>
    <message>
        <source>The user {0} may not create users on the server {1}. Run this as the server&apos;s administrator (or a user with the CREATEROLE privilege).</source>
        <translation>用户 {0} 不能在服务器 {1} 上创建用户。请以服务器管理员（或拥有 CREATEROLE 权限的用户）身份运行。</translation>
    </message>
    <message>
        <source>The role must be manager or rep, not {0}.</source>
        <translation>角色必须是 manager（经理）或 rep（销售代表），不能是 {0}。</translation>
    </message>
    <message>
        <source>{0} cannot be a login: use lowercase letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter, at most 63 characters.</source>
        <translation>{0} 不能作为登录名：请使用小写字母、数字、&apos;.&apos;、&apos;-&apos; 或 &apos;_&apos;，以字母开头，最多 63 个字符。</translation>
    </message>
    <message>
        <source>A rep login needs the rep it is: add --rep &quot;Rep name&quot;.</source>
        <translation>销售代表的登录名需要指明对应的销售代表：请加上 --rep &quot;销售代表姓名&quot;。</translation>
    </message>
    <message>
        <source>The team database is not set up for a team yet: run `dealbook team init` with its URL first.</source>
        <translation>此团队数据库还未为团队设置：请先用它的 URL 运行 `dealbook team init`。</translation>
    </message>
    <message>
        <source>{0} is a new login: give it a password (typed, or with --password-stdin).</source>
        <translation>{0} 是新的登录名：请为它设置密码（手动输入，或使用 --password-stdin）。</translation>
    </message>
    <message>
        <source>The workspace has no rep named {0}. Use one of: {1}.</source>
        <translation>工作区中没有名为 {0} 的销售代表。请使用以下之一：{1}。</translation>
    </message>
    <message>
        <source>Only a manager can change the team&apos;s settings.</source>
        <translation>只有经理可以更改团队设置。</translation>
    </message>
    <message>
        <source>The team database server {0} cannot be reached. Check that the server is running and that this computer is on its network, then try again.</source>
        <translation>无法连接团队数据库服务器 {0}。请检查服务器是否在运行、本机是否在其网络中，然后重试。</translation>
    </message>
    <message>
        <source>The server {0} refused the user {1}: the password is wrong or there is no such user. Check both, or ask the team&apos;s administrator.</source>
        <translation>服务器 {0} 拒绝了用户 {1}：密码错误或没有此用户。请检查两者，或询问团队的管理员。</translation>
    </message>
    <message>
        <source>The server {0} has no database named {1}. Check the name, or create the database and set it up with `dealbook team init`.</source>
        <translation>服务器 {0} 上没有名为 {1} 的数据库。请检查名称，或创建该数据库并用 `dealbook team init` 进行设置。</translation>
    </message>
    <message>
        <source>The database {0} on {1} holds another application&apos;s tables. Choose an empty database or a Dealbook team database.</source>
        <translation>{1} 上的数据库 {0} 含有其他应用程序的表。请选择一个空数据库或 Dealbook 团队数据库。</translation>
    </message>
    <message>
        <source>The team database {0} on {1} was set up by a newer version of Dealbook. Install the newest version of Dealbook to open it.</source>
        <translation>{1} 上的团队数据库 {0} 由更新版本的 Dealbook 设置。请安装最新版本的 Dealbook 后再打开。</translation>
    </message>
    <message>
        <source>The team database {0} on {1} is empty. Set it up with `dealbook team init`, then try again.</source>
        <translation>{1} 上的团队数据库 {0} 是空的。请用 `dealbook team init` 进行设置，然后重试。</translation>
    </message>
    <message>
        <source>The team database {0} on {1} needs an update that only its administrator can make: ask them to run `dealbook team init` with this version of Dealbook.</source>
        <translation>{1} 上的团队数据库 {0} 需要更新，只有其管理员可以进行：请让管理员用此版本的 Dealbook 运行 `dealbook team init`。</translation>
    </message>
    <message>
        <source>The user {0} may not use the team database {1} on {2}. Ask the team&apos;s administrator to add you with `dealbook team add-user`.</source>
        <translation>用户 {0} 无权使用 {2} 上的团队数据库 {1}。请让团队的管理员用 `dealbook team add-user` 添加您。</translation>
    </message>
    <message>
        <source>The team database {0} answered with an error Dealbook does not know ({1}). Ask the team&apos;s administrator to check the server.</source>
        <translation>团队数据库 {0} 返回了 Dealbook 无法识别的错误（{1}）。请让团队的管理员检查服务器。</translation>
    </message>
    <message>
        <source>{0} is a team database, not a workspace file. Give the .sqlite file to move in first, then the team database&apos;s URL.</source>
        <translation>{0} 是团队数据库，不是工作区文件。请先给出要迁入的 .sqlite 文件，再给出团队数据库的 URL。</translation>
    </message>
    <message>
        <source>The workspace file and the team database are at different schema versions. Open both with this version of Dealbook, then try again.</source>
        <translation>工作区文件与团队数据库的结构版本不同。请用此版本的 Dealbook 分别打开两者，然后重试。</translation>
    </message>
    <message>
        <source>The user {0} cannot move a workspace into {1} on {2}: only the team database&apos;s administrator (who ran `dealbook team init`) can.</source>
        <translation>用户 {0} 不能将工作区迁入 {2} 上的 {1}：只有团队数据库的管理员（运行 `dealbook team init` 的人）可以。</translation>
    </message>
    <message>
        <source>The team database {0} on {1} already holds data (its table {2} has rows): move a workspace only into a new, empty team database.</source>
        <translation>{1} 上的团队数据库 {0} 已有数据（其表 {2} 中有行）：工作区只能迁入新的空团队数据库。</translation>
    </message>
    <message>
        <source>The table {0} has {1} rows in the file but {2} in the team database: nothing was moved. Try again; if it happens again, ask the team database&apos;s administrator to check the server.</source>
        <translation>表 {0} 在文件中有 {1} 行，在团队数据库中却有 {2} 行：没有迁入任何数据。请重试；如果再次发生，请让团队数据库的管理员检查服务器。</translation>
    </message>
    <message>
        <source>The team database refused rows of the table {0} ({1}): nothing was moved. Correct those rows in the workspace file, then try again.</source>
        <translation>团队数据库拒绝了表 {0} 中的行（{1}）：没有迁入任何数据。请在工作区文件中更正这些行，然后重试。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Open</source>
        <extracomment>the lookup tables a field may name a row of field types. text: free text; lookup: a name in a lookup table; choice: one of ``choices``; stage: a pipeline stage name; currency: a three-letter code; money: an amount in the row&apos;s currency; number: a plain number; percent: 0..100; int: a whole number; date: a calendar day; deal: a deal named by its ``external_id`` (stored as the deal&apos;s row id) for type &quot;choice&quot;: (stored value, label) pairs the schema revision that added the field (a later field joins an imported row&apos;s content hash only when the file fills it, so rows imported before still match) the field an import matches existing rows on (else the row&apos;s content) whether the window edits rows of this kind in a form and shows them in a table other tables a write of this kind changes (beside its own and its lookups)</extracomment>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>activity types; the first five are selling time (kpi_spec.md, Activities)</extracomment>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>行政</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>What is being sold</source>
        <translation>销售的内容</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>概率 %</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>输单原因</translation>
    </message>
    <message>
        <source>Contract months</source>
        <translation>合同月数</translation>
    </message>
    <message>
        <source>One-time fee</source>
        <translation>一次性费用</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>进入日期</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Created (MQL)</source>
        <translation>创建日期 (MQL)</translation>
    </message>
    <message>
        <source>Became SQL</source>
        <translation>成为 SQL 日期</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>已取消资格</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回答日期</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>评分（0–10）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>销售预测</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>销售预测</translation>
    </message>
    <message>
        <source>Empty = the whole company</source>
        <translation>留空 = 整个公司</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Rate (base per unit)</source>
        <translation>汇率（每单位折合本位币）</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Empty = not known</source>
        <translation>留空 = 未知</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>{0} / day</source>
        <translation>{0} / 天</translation>
    </message>
    <message>
        <source>{0} / 30 days</source>
        <translation>{0} / 30 天</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} 天</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} 小时</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>{0} months</source>
        <translation>{0} 个月</translation>
    </message>
    <message>
        <source>{0} pp</source>
        <translation>{0} 个百分点</translation>
    </message>
    <message>
        <source>{0} pts</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <source>was {0}</source>
        <translation>原为 {0}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>无对比</translation>
    </message>
    <message>
        <source>{0} vs previous</source>
        <translation>较上期 {0}</translation>
    </message>
    <message>
        <source>Changes against the previous period: money and counts in per cent, rates in percentage points (pp), NPS in score points (pts), ratios in times (×), days in days. Growth figures are themselves a change: they show the previous value (&quot;was …&quot;).</source>
        <translation>与上期相比的变化：金额和数量用百分比，比率用百分点，NPS 用分数，倍数用倍 (×)，天数用天。增长类指标本身就是变化：显示上期的值（“原为 …”）。</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>New deal</source>
        <extracomment>(kind, field) -&gt; the names a line field suggests, beside the lookups (kind, field) holding another record&apos;s CRM id -&gt; the list it is picked from declared field type -&gt; form widget kind -&gt; (title of a new record, title of an edit, rules, on change)</extracomment>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>Edit lead</source>
        <translation>编辑线索</translation>
    </message>
    <message>
        <source>New spend entry</source>
        <translation>新建支出</translation>
    </message>
    <message>
        <source>Edit spend entry</source>
        <translation>编辑支出</translation>
    </message>
    <message>
        <source>New NPS answer</source>
        <translation>新建 NPS 回答</translation>
    </message>
    <message>
        <source>Edit NPS answer</source>
        <translation>编辑 NPS 回答</translation>
    </message>
    <message>
        <source>New quota</source>
        <translation>新建配额</translation>
    </message>
    <message>
        <source>Edit quota</source>
        <translation>编辑配额</translation>
    </message>
    <message>
        <source>New forecast</source>
        <translation>新建销售预测</translation>
    </message>
    <message>
        <source>Edit forecast</source>
        <translation>编辑销售预测</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>新建汇率</translation>
    </message>
    <message>
        <source>Edit exchange rate</source>
        <translation>编辑汇率</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Type a number, e.g. 12500 or 12,500.00.</source>
        <translation>请输入数字，例如 12500 或 12,500.00。</translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 输入日期。</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Use a three-letter code such as USD or EUR.</source>
        <translation>请使用三个字母的代码，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>结束不能早于开始。</translation>
    </message>
    <message>
        <source>Amount must be 0 or more.</source>
        <translation>金额必须大于或等于 0。</translation>
    </message>
    <message>
        <source>Cost must be 0 or more.</source>
        <translation>成本必须大于或等于 0。</translation>
    </message>
    <message>
        <source>The fee must be 0 or more.</source>
        <translation>费用必须大于或等于 0。</translation>
    </message>
    <message>
        <source>Months must be 0 or more.</source>
        <translation>月数必须大于或等于 0。</translation>
    </message>
    <message>
        <source>Probability is a percentage from 0 to 100.</source>
        <translation>概率是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>The close date cannot be before the created date.</source>
        <translation>结束日期不能早于创建日期。</translation>
    </message>
    <message>
        <source>An account cannot churn before it became a customer.</source>
        <translation>客户流失不能早于成为客户。</translation>
    </message>
    <message>
        <source>The rate must be above 0.</source>
        <translation>汇率必须大于 0。</translation>
    </message>
    <message>
        <source>Hours must be 0 or more.</source>
        <translation>小时数必须大于或等于 0。</translation>
    </message>
    <message>
        <source>A won or lost deal needs its close date.</source>
        <translation>赢单或输单的商机需要结束日期。</translation>
    </message>
    <message>
        <source>This date cannot be before the lead was created.</source>
        <translation>此日期不能早于线索的创建日期。</translation>
    </message>
    <message>
        <source>The score is a whole number from 0 to 10.</source>
        <translation>评分是 0 到 10 之间的整数。</translation>
    </message>
    <message>
        <source>The close date of a won or lost deal cannot be after today.</source>
        <translation>赢单或输单商机的结束日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The file {0} does not exist; check its name and folder.</source>
        <extracomment>most data records (CSV records or sheet rows) most columns of a record longest single field, in characters (a long notes field is a few MB) an XLSX part (sheet, shared strings) may not inflate more than this many times parts smaller than this once inflated are not checked for their ratio largest inflated shared-strings part, and most strings in it largest inflated workbook (all parts)</extracomment>
        <translation>文件 {0} 不存在；请检查文件名和文件夹。</translation>
    </message>
    <message>
        <source>The file {0} cannot be read ({1}).</source>
        <translation>无法读取文件 {0}（{1}）。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file; choose the exported CSV or XLSX file.</source>
        <translation>{0} 是文件夹，不是文件；请选择导出的 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>{0} is not a regular file (it is a device or a pipe); choose the exported CSV or XLSX file itself.</source>
        <translation>{0} 不是普通文件（是设备或管道）；请选择导出的 CSV 或 XLSX 文件本身。</translation>
    </message>
    <message>
        <source>This file is {0} GB, more than the {1} GB Dealbook imports at once; export it in smaller parts (for example one year at a time) and import each.</source>
        <translation>此文件有 {0} GB，超过了 Dealbook 一次可导入的 {1} GB；请分成较小的部分导出（例如每次一年）并分别导入。</translation>
    </message>
    <message>
        <source>This file has more than {0} rows, more than Dealbook imports at once; export it in smaller parts (for example one year at a time) and import each.</source>
        <translation>此文件超过 {0} 行，超出 Dealbook 一次可导入的数量；请分成较小的部分导出（例如每次一年）并分别导入。</translation>
    </message>
    <message>
        <source>This file has a row of {0} columns (line {2}), more than the {1} Dealbook reads; check that it is a CSV export with the right delimiter, or export fewer columns.</source>
        <translation>此文件有一行包含 {0} 列（第 {2} 行），超过 Dealbook 可读取的 {1} 列；请检查它是否是分隔符正确的 CSV 导出文件，或导出更少的列。</translation>
    </message>
    <message>
        <source>This file has a row of {0} columns, more than the {1} Dealbook reads; check that it is a CSV export with the right delimiter, or export fewer columns.</source>
        <translation>此文件有一行包含 {0} 列，超过 Dealbook 可读取的 {1} 列；请检查它是否是分隔符正确的 CSV 导出文件，或导出更少的列。</translation>
    </message>
    <message>
        <source>This file has a field longer than {0} MB near line {1}; check that its quotes are closed and that it is a CSV export, or shorten that field.</source>
        <translation>此文件在第 {1} 行附近有一个超过 {0} MB 的字段；请检查引号是否闭合、它是否是 CSV 导出文件，或缩短该字段。</translation>
    </message>
    <message>
        <source>This file has a field longer than {0} MB; check that its quotes are closed and that it is a CSV export, or shorten that field.</source>
        <translation>此文件有一个超过 {0} MB 的字段；请检查引号是否闭合、它是否是 CSV 导出文件，或缩短该字段。</translation>
    </message>
    <message>
        <source>This Excel file cannot be opened; open it in Excel, save it as .xlsx and retry.</source>
        <translation>无法打开此 Excel 文件；请在 Excel 中打开，另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <source>This Excel file unpacks to {0} GB, more than Dealbook reads; save the sheet as CSV in Excel, or export it in smaller parts, and import that.</source>
        <translation>此 Excel 文件解压后有 {0} GB，超出 Dealbook 的读取上限；请在 Excel 中将工作表另存为 CSV，或分成较小的部分导出，再导入。</translation>
    </message>
    <message>
        <source>This Excel file is damaged or built to exhaust memory (one of its parts unpacks {0} times larger); open it in Excel, save it again as .xlsx or CSV, and import that.</source>
        <translation>此 Excel 文件已损坏或会耗尽内存（其中一部分解压后大 {0} 倍）；请在 Excel 中打开，重新另存为 .xlsx 或 CSV 后导入。</translation>
    </message>
    <message>
        <source>This Excel file holds more text than Dealbook reads from a workbook (over {0} texts or {1} MB); save the sheet as CSV in Excel and import that.</source>
        <translation>此 Excel 文件包含的文本超出 Dealbook 从工作簿读取的上限（超过 {0} 条文本或 {1} MB）；请在 Excel 中将工作表另存为 CSV 后导入。</translation>
    </message>
    <message>
        <source>This sheet reaches column {0} ({1} columns), more than the {2} Dealbook reads; delete the unused columns in Excel (or save the sheet as CSV) and retry.</source>
        <translation>此工作表延伸到第 {0} 列（{1} 列），超过 Dealbook 可读取的 {2} 列；请在 Excel 中删除未使用的列（或将工作表另存为 CSV）后重试。</translation>
    </message>
    <message>
        <source>This file is empty; export the data again and choose a file with rows.</source>
        <extracomment>the record number and the first physical line of each record (a list, or an int64 array from the fast reader) fast reader only: the data records as columns 0..width-1 (``records`` then holds only the first 200) and the number of fields of every record</extracomment>
        <translation>此文件是空的；请重新导出数据，并选择一个含有数据行的文件。</translation>
    </message>
    <message>
        <source>This file cannot be read as {0} text; save it again as &apos;CSV UTF-8&apos; and retry.</source>
        <translation>此文件无法作为 {0} 文本读取；请将其重新另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>This file is not a readable table near line {0} ({1}); check that it is a CSV export and that its quotes are closed.</source>
        <translation>此文件在第 {0} 行附近不是可读取的表格（{1}）；请检查它是否为 CSV 导出文件，以及引号是否都已闭合。</translation>
    </message>
    <message>
        <source>This file is not valid text near line {0}; save it again as &apos;CSV UTF-8&apos; and retry.</source>
        <translation>此文件在第 {0} 行附近不是有效的文本；请将其重新另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>A quote opened on line {0} of this file is never closed, so the rest of the file would be one field; check the quotes on that line (or export the file again).</source>
        <translation>此文件第 {0} 行开始的引号始终没有闭合，文件其余部分都会成为一个字段；请检查该行的引号（或重新导出文件）。</translation>
    </message>
    <message>
        <source>This workbook has no sheets; export the data again and retry.</source>
        <translation>此工作簿没有工作表；请重新导出数据后重试。</translation>
    </message>
    <message>
        <source>This file is larger than Dealbook imports at once; export it in smaller parts (for example one year at a time) and import each.</source>
        <translation>此文件超出了 Dealbook 一次可导入的大小；请分成较小的部分导出（例如每次一年），再逐个导入。</translation>
    </message>
    <message>
        <source>This file has a header but no data rows; export the records themselves and retry.</source>
        <translation>此文件只有表头，没有数据行；请导出记录本身后重试。</translation>
    </message>
    <message>
        <source>This file has no column names; export it with a header row and retry.</source>
        <translation>此文件没有列名；请连同表头行一起导出后重试。</translation>
    </message>
    <message>
        <source>This workbook has no sheet named &apos;{0}&apos;; its sheets are: {1}.</source>
        <translation>此工作簿没有名为 &apos;{0}&apos; 的工作表；它的工作表有：{1}。</translation>
    </message>
    <message>
        <source>This Excel .xls file cannot be opened; open it in Excel, save it as .xlsx and retry.</source>
        <translation>无法打开此 Excel .xls 文件；请在 Excel 中打开，另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <source>This Excel sheet is damaged; open it in Excel, save it as .xlsx and retry.</source>
        <translation>此 Excel 工作表已损坏；请在 Excel 中打开，另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <source>This spreadsheet cannot be opened; open it and save it as .ods or .xlsx again.</source>
        <translation>无法打开此电子表格；请打开它并重新另存为 .ods 或 .xlsx。</translation>
    </message>
    <message>
        <source>not a number</source>
        <extracomment>the choices of Settings, in order: (stored value, name shown in its own language) Settings&apos; &quot;Show large amounts in 万 / 亿&quot; (stored per computer, read at start) overrides the stored choice (``en``, ``zh_CN``, ``zh_TW`` or ``system``), for scripts the reasons the import gives for a rejected row (``desktop_app.importing.validate``), as the wizard&apos;s Reason column shows them; a reason not listed stays as the import wrote it</extracomment>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>negative amount</source>
        <translation>金额为负</translation>
    </message>
    <message>
        <source>negative cost</source>
        <translation>成本为负</translation>
    </message>
    <message>
        <source>probability out of range</source>
        <translation>概率超出范围</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>mixed date order</source>
        <translation>日期顺序混杂</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>无法读取的日期</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>缺少名称</translation>
    </message>
    <message>
        <source>missing close date</source>
        <translation>缺少结束日期</translation>
    </message>
    <message>
        <source>missing date</source>
        <translation>缺少日期</translation>
    </message>
    <message>
        <source>missing score</source>
        <translation>缺少评分</translation>
    </message>
    <message>
        <source>missing rate</source>
        <translation>缺少汇率</translation>
    </message>
    <message>
        <source>missing currency</source>
        <translation>缺少币种</translation>
    </message>
    <message>
        <source>missing period start</source>
        <translation>缺少期间开始</translation>
    </message>
    <message>
        <source>missing period end</source>
        <translation>缺少期间结束</translation>
    </message>
    <message>
        <source>negative quantity</source>
        <translation>数量为负</translation>
    </message>
    <message>
        <source>negative hours</source>
        <translation>小时数为负</translation>
    </message>
    <message>
        <source>negative list_price</source>
        <translation>标价为负</translation>
    </message>
    <message>
        <source>close date in the future</source>
        <translation>结束日期在未来</translation>
    </message>
    <message>
        <source>currency differs</source>
        <translation>币种不一致</translation>
    </message>
    <message>
        <source>period ends before it starts</source>
        <translation>期间结束早于开始</translation>
    </message>
    <message>
        <source>mixed decimal marks</source>
        <translation>小数点符号混杂</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>score out of range</source>
        <translation>评分超出范围</translation>
    </message>
    <message>
        <source>unknown activity type</source>
        <translation>未知的活动类型</translation>
    </message>
    <message>
        <source>repeated record id</source>
        <translation>记录 ID 重复</translation>
    </message>
    <message>
        <source>unknown deal</source>
        <translation>未知的商机</translation>
    </message>
    <message>
        <source>missing amount</source>
        <translation>缺少金额</translation>
    </message>
    <message>
        <source>missing deal external id</source>
        <translation>缺少商机外部编号</translation>
    </message>
    <message>
        <source>missing done on</source>
        <translation>缺少完成日期</translation>
    </message>
    <message>
        <source>missing entered on</source>
        <translation>缺少进入日期</translation>
    </message>
    <message>
        <source>missing owner</source>
        <translation>缺少负责人</translation>
    </message>
    <message>
        <source>missing responded on</source>
        <translation>缺少回答日期</translation>
    </message>
    <message>
        <source>missing spent on</source>
        <translation>缺少支出日期</translation>
    </message>
    <message>
        <source>missing stage</source>
        <translation>缺少阶段</translation>
    </message>
    <message>
        <source>missing valid from</source>
        <translation>缺少生效日期</translation>
    </message>
    <message>
        <source>wrong number of fields</source>
        <translation>字段数不对</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a kind Dealbook imports; use one of: {1}.</source>
        <extracomment>every import, newest first (``desktop_app.store.import_batches.list_imports``) take one import back; returns the store&apos;s ``Changes`` (``deleted`` rows removed, ``updated`` rows restored)</extracomment>
        <translation>“{0}”不是 Dealbook 可导入的记录类型；请使用以下之一：{1}。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a known preset; use one of: {1}.</source>
        <translation>“{0}”不是已知的预设；请使用以下之一：{1}。</translation>
    </message>
    <message>
        <source>This file has no column &apos;{0}&apos;; its columns are: {1}.</source>
        <translation>此文件没有“{0}”列；它的列为：{1}。</translation>
    </message>
    <message>
        <source>no name column: the name is the record id (&apos;{0}&apos;)</source>
        <translation>没有名称列：名称取自记录 ID（&apos;{0}&apos;）</translation>
    </message>
    <message>
        <source>no name column: made from &apos;{0}&apos; and &apos;{1}&apos;</source>
        <translation>没有名称列：名称由 &apos;{0}&apos; 和 &apos;{1}&apos; 组成</translation>
    </message>
    <message>
        <source>no name column: made from &apos;{0}&apos;</source>
        <translation>没有名称列：名称取自 &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Record id {0} appears again later in the file; the later row is used.</source>
        <translation>记录 ID {0} 在文件后面再次出现；使用后面的那一行。</translation>
    </message>
    <message>
        <source>No deal has the record id {0}; import the deals first.</source>
        <translation>没有商机的记录 ID 是 {0}；请先导入商机。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>正在检查各行</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a text encoding Dealbook knows; use a name such as utf-8, cp1252, gb18030, big5, shift_jis, euc_kr or koi8_r.</source>
        <extracomment>names charset-normalizer may answer with, as the codec Dealbook reads with what the user may type for ``--encoding`` order among candidates that read a file the same way (the usual one first) how much better (lower) the best reading&apos;s score must be than the next one&apos;s</extracomment>
        <translation>“{0}”不是 Dealbook 认识的文本编码；请使用 utf-8、cp1252、gb18030、big5、shift_jis、euc_kr 或 koi8_r 等名称。</translation>
    </message>
    <message>
        <source>This file looks like a binary file, not a CSV or Excel table; export the data from your CRM as CSV or XLSX and import that file.</source>
        <translation>此文件看起来是二进制文件，而不是 CSV 或 Excel 表格；请从 CRM 中将数据导出为 CSV 或 XLSX，再导入该文件。</translation>
    </message>
    <message>
        <source>Line {0} of this file is not UTF-8 text like the lines before it: the file mixes two text encodings; choose the encoding to read it with (dealbook import --encoding NAME, or Encoding in the import wizard), or save it again from one program as &apos;CSV UTF-8&apos;.</source>
        <translation>此文件第 {0} 行不像前面各行那样是 UTF-8 文本：文件混用了两种文本编码；请选择读取它所用的编码（dealbook import --encoding NAME，或导入向导中的“编码”），或用同一个程序将其重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>Line {0} of this file is UTF-8 text while the rest is {1}: the file mixes two text encodings; choose the encoding to read it with (dealbook import --encoding NAME, or Encoding in the import wizard), or save it again from one program as &apos;CSV UTF-8&apos;.</source>
        <translation>此文件第 {0} 行是 UTF-8 文本，而其余部分是 {1}：文件混用了两种文本编码；请选择读取它所用的编码（dealbook import --encoding NAME，或导入向导中的“编码”），或用同一个程序将其重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>Line {0} of this file is not {1} text like the rest of it: the file mixes text encodings or is damaged; choose the encoding to read it with (dealbook import --encoding NAME, or Encoding in the import wizard), or save it again from one program as &apos;CSV UTF-8&apos;.</source>
        <translation>此文件第 {0} 行不像其余部分那样是 {1} 文本：文件混用了多种文本编码或已损坏；请选择读取它所用的编码（dealbook import --encoding NAME，或导入向导中的“编码”），或用同一个程序将其重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>Dealbook cannot tell which text encoding this file uses; choose the encoding to read it with (dealbook import --encoding NAME, or Encoding in the import wizard), or save it again from one program as &apos;CSV UTF-8&apos;.</source>
        <extracomment>Latin-1 letters of Icelandic, Nordic and Italian that a wrong Western reading of Turkish or Central European text produces</extracomment>
        <translation>Dealbook 无法判断此文件使用哪种文本编码；请选择读取它所用的编码（dealbook import --encoding NAME，或导入向导中的“编码”），或用同一个程序将其重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>Dealbook cannot tell whether this file is {0} or {1} text; choose the encoding to read it with (dealbook import --encoding NAME, or Encoding in the import wizard), or save it again from one program as &apos;CSV UTF-8&apos;.</source>
        <translation>Dealbook 无法判断此文件是 {0} 还是 {1} 文本；请选择读取它所用的编码（dealbook import --encoding NAME，或导入向导中的“编码”），或用同一个程序将其重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>deals</source>
        <extracomment>the kinds&apos; names in sentences</extracomment>
        <translation>商机</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>marketing spend</source>
        <translation>营销支出</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS 答卷</translation>
    </message>
    <message>
        <source>quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>forecasts</source>
        <translation>销售预测</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>销售活动</translation>
    </message>
    <message>
        <source>stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>the deal name</source>
        <extracomment>the words a refusal uses for a required field no column could fill</extracomment>
        <translation>商机名称</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>deal external id</source>
        <translation>商机外部编号</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>entered on</source>
        <translation>进入日期</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>period end</source>
        <translation>期末</translation>
    </message>
    <message>
        <source>period start</source>
        <translation>期初</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>responded on</source>
        <translation>回答日期</translation>
    </message>
    <message>
        <source>score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>spent on</source>
        <translation>支出日期</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>This file has no deal stage, status or date column, so it is a list of something other than deals (accounts, products, people) and would show every row as an open deal; its columns are those of {0}: import it as {1}.</source>
        <translation>此文件没有商机阶段、状态或日期列，因此它列出的不是商机（而是客户、产品或人员），导入后每一行都会显示为进行中的商机；它的列属于{0}：请以 {1} 类型导入。</translation>
    </message>
    <message>
        <source>This file has no deal stage, status or date column, so it is a list of something other than deals (accounts, products, people) and would show every row as an open deal; import the deals export with its stage and close date, or choose the columns in the import wizard.</source>
        <translation>此文件没有商机阶段、状态或日期列，因此它列出的不是商机（而是客户、产品或人员），导入后每一行都会显示为进行中的商机；请导入含有阶段和成交日期的商机导出文件，或在导入向导中选择各列。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>any field</source>
        <translation>任何字段</translation>
    </message>
    <message>
        <source>No column of this file could be used as {0} for {1}; its columns are those of {2}: import it as {3}.</source>
        <translation>此文件中没有任何列可用作 {1} 的{0}；它的列属于{2}：请以 {3} 类型导入。</translation>
    </message>
    <message>
        <source>No column of this file could be used as {0} for {1}; check that it is a {1} export with a header row, or choose the columns in the import wizard.</source>
        <translation>此文件中没有任何列可用作 {1} 的{0}；请检查它是否为带表头行的 {1} 导出文件，或在导入向导中选择各列。</translation>
    </message>
    <message>
        <source>The row has {0} fields, the header has {1}.</source>
        <translation>此行有 {0} 个字段，表头有 {1} 个。</translation>
    </message>
    <message>
        <source>{0} is &apos;{1}&apos;</source>
        <translation>{0} 为 &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0} is {1}</source>
        <translation>{0} 为 {1}</translation>
    </message>
    <message>
        <source>{0} is {1}; a probability is 0 to 100.</source>
        <translation>{0} 为 {1}；概率须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The row has no {0}.</source>
        <translation>此行没有 {0}。</translation>
    </message>
    <message>
        <source>NPS score is {:g}, it must be 0 to 10.</source>
        <translation>NPS 评分为 {:g}，必须在 0 到 10 之间。</translation>
    </message>
    <message>
        <source>Type is &apos;{0}&apos;; use one of {1}.</source>
        <translation>类型为 &apos;{0}&apos;；请使用以下之一：{1}。</translation>
    </message>
    <message>
        <source>{0} is before {1}.</source>
        <translation>{0} 早于 {1}。</translation>
    </message>
    <message>
        <source>{0} is written in {1}, but {2} is {3}.</source>
        <translation>{0} 以 {1} 书写，但 {2} 为 {3}。</translation>
    </message>
    <message>
        <source>{0} is &apos;{1}&apos;, month first, while the column&apos;s other dates are day first; correct the date</source>
        <translation>{0} 为 &apos;{1}&apos;，月在前，而该列的其他日期为日在前；请更正此日期</translation>
    </message>
    <message>
        <source>{0} is &apos;{1}&apos;, day first, while the column&apos;s other dates are month first; correct the date</source>
        <translation>{0} 为 &apos;{1}&apos;，日在前，而该列的其他日期为月在前；请更正此日期</translation>
    </message>
    <message>
        <source>{0} is &apos;{1}&apos;; numbers must be smaller than 1,000,000,000,000,000.</source>
        <translation>{0} 为 &apos;{1}&apos;；数字必须小于 1,000,000,000,000,000。</translation>
    </message>
    <message>
        <source>{0} is &apos;{1}&apos;, but the column&apos;s numbers use a decimal comma</source>
        <translation>{0} 为 &apos;{1}&apos;，但该列的数字以逗号作小数点</translation>
    </message>
    <message>
        <source>{0} is &apos;{1}&apos;, but the column&apos;s numbers use a decimal point</source>
        <translation>{0} 为 &apos;{1}&apos;，但该列的数字以句点作小数点</translation>
    </message>
    <message>
        <source>The deal is closed, but nothing in the row says won or lost; map the column that says it (IsWon, a status or a won/lost stage).</source>
        <translation>此商机已关闭，但该行没有说明是赢单还是输单；请映射说明这一点的列（IsWon、状态或赢单/输单阶段）。</translation>
    </message>
    <message>
        <source>The status is &apos;{0}&apos;, which Dealbook does not read as won, lost or open, while the column&apos;s other values are all one outcome; write Won, Lost or Open and import again.</source>
        <translation>状态为 &apos;{0}&apos;，Dealbook 无法将其识别为赢单、输单或进行中，而该列的其他值都是同一种结果；请写 Won、Lost 或 Open 后重新导入。</translation>
    </message>
    <message>
        <source>A won deal needs a close date.</source>
        <translation>赢单的商机需要结束日期。</translation>
    </message>
    <message>
        <source>A lost deal needs a close date.</source>
        <translation>输单的商机需要结束日期。</translation>
    </message>
    <message>
        <source>Close date is {0}, after today.</source>
        <translation>结束日期为 {0}，晚于今天。</translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>总销售额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Revenue by source</source>
        <translation>按来源的销售额</translation>
    </message>
    <message>
        <source>Revenue grouped by the deal&apos;s source, with its share of revenue.</source>
        <translation>按商机来源分组的销售额及其占比。</translation>
    </message>
    <message>
        <source>Revenue by rep</source>
        <translation>按销售代表分组的销售额</translation>
    </message>
    <message>
        <source>Revenue grouped by the deal&apos;s owner, with its share of revenue.</source>
        <translation>按商机负责人分组的销售额及其占比。</translation>
    </message>
    <message>
        <source>Revenue by product</source>
        <translation>按产品分组的销售额</translation>
    </message>
    <message>
        <source>Revenue grouped by product, with its share of revenue.</source>
        <translation>按产品分组的销售额及其占比。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Revenue by product type</source>
        <translation>按产品类型分组的销售额</translation>
    </message>
    <message>
        <source>Revenue grouped by product type, with its share of revenue.</source>
        <translation>按产品类型分组的销售额及其占比。</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>按月销售额</translation>
    </message>
    <message>
        <source>Revenue grouped by calendar month, with its share of revenue.</source>
        <translation>按自然月分组的销售额及其占比。</translation>
    </message>
    <message>
        <source>Win rate by source</source>
        <translation>各来源赢单率</translation>
    </message>
    <message>
        <source>Win rate grouped by source.</source>
        <translation>按来源分组的赢单率。</translation>
    </message>
    <message>
        <source>Win rate by rep</source>
        <translation>各销售代表赢单率</translation>
    </message>
    <message>
        <source>Win rate grouped by owner.</source>
        <translation>按负责人分组的赢单率。</translation>
    </message>
    <message>
        <source>Attainment by rep</source>
        <translation>各销售代表配额完成率</translation>
    </message>
    <message>
        <source>Revenue of the rep / quota of the rep.</source>
        <translation>销售代表的销售额 / 该销售代表的配额。</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Quota consistency</source>
        <translation>配额连续达成月数</translation>
    </message>
    <message>
        <source>Per rep, the consecutive months ending with the period&apos;s last month in which the rep met the monthly quota.</source>
        <translation>每位销售代表截至本期最后一个月连续达成月度配额的月数。</translation>
    </message>
    <message>
        <source>Months at quota</source>
        <translation>达成配额月数</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>按月 NPS</translation>
    </message>
    <message>
        <source>NPS per calendar month, counting only the responses inside the period.</source>
        <translation>每个自然月的 NPS，只计算本期内的回答。</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Monthly sales growth</source>
        <translation>月销售额增长</translation>
    </message>
    <message>
        <source>For each month of the period, its revenue growth over the month before.</source>
        <translation>本期每个月相对前一个月的销售额增长率。</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>阶段停留时间</translation>
    </message>
    <message>
        <source>Per stage, the mean days spent in it (from the stage history).</source>
        <translation>每个阶段的平均停留天数（来自阶段历史）。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>平均时间</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>For each pipeline stage in order, then Won: the deals created in the period that reached it, and the conversion from the previous row.</source>
        <translation>按顺序列出每个管道阶段，然后是赢单：本期新建并到达该阶段的商机，以及相对上一行的转化率。</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>ROI by source</source>
        <translation>各来源投资回报率</translation>
    </message>
    <message>
        <source>(Revenue of the source − spend of the source) / spend of the source; return on spend = revenue / spend.</source>
        <translation>（该来源的销售额 − 该来源的支出）/ 该来源的支出；投入产出比 = 销售额 / 支出。</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Return on spend</source>
        <translation>投入产出比</translation>
    </message>
    <message>
        <source>CAC by source</source>
        <translation>各来源获客成本</translation>
    </message>
    <message>
        <source>Marketing and sales spend of the source / new customers whose first won deal came from that source.</source>
        <translation>该来源的营销与销售支出 / 首个赢单来自该来源的新增客户数。</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>获客成本 (CAC)</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Per rep: deals won, revenue, win rate, sales cycle, quota and attainment.</source>
        <translation>每位销售代表：赢单数、销售额、赢单率、销售周期、配额和完成率。</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>赢单数</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>销售周期</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Opportunities by source</source>
        <translation>销售机会的来源</translation>
    </message>
    <message>
        <source>Per source, the deals created in the period, their share of all deals created, how many of them are won by now and that win rate.</source>
        <translation>每个来源：本期新建的商机、占全部新建商机的比例、其中至今赢单的数量及赢单率。</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Won by now</source>
        <translation>至今赢单</translation>
    </message>
    <message>
        <source>Expected revenue by source</source>
        <translation>主要来源的预计收入</translation>
    </message>
    <message>
        <source>Weighted pipeline grouped by the deal&apos;s source, with its share of the weighted pipeline.</source>
        <translation>按商机来源分组的加权管道金额及其占比。</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权管道金额</translation>
    </message>
    <message>
        <source>MRR by month</source>
        <translation>按月 MRR</translation>
    </message>
    <message>
        <source>For each month of the period, the MRR on the month&apos;s last day (or on the period&apos;s end).</source>
        <translation>本期每个月最后一天（或本期结束日）的 MRR。</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Activities by type</source>
        <translation>按类型的活动</translation>
    </message>
    <message>
        <source>Count of the activities of the period per type, with its share.</source>
        <translation>本期各类型活动的数量及其占比。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>销售活动</translation>
    </message>
    <message>
        <source>Time spent selling by rep</source>
        <translation>各销售代表销售时间占比</translation>
    </message>
    <message>
        <source>Per person with an activity in the period: selling hours / their working time.</source>
        <translation>本期有活动的每个人：销售小时数 / 其工作时间。</translation>
    </message>
    <message>
        <source>Time selling</source>
        <translation>销售时间</translation>
    </message>
    <message>
        <source>Selling hours</source>
        <translation>销售小时数</translation>
    </message>
    <message>
        <source>Revenue of the previous period</source>
        <extracomment>input key of ``kpi_core.explain`` -&gt; (caption, unit); KPI ids among the inputs take the KPI&apos;s own label and unit and need no row here</extracomment>
        <translation>上期销售额</translation>
    </message>
    <message>
        <source>Deals won with an exchange rate</source>
        <translation>有汇率的赢单数</translation>
    </message>
    <message>
        <source>Reps active</source>
        <translation>活跃销售代表</translation>
    </message>
    <message>
        <source>Costs of the won deals</source>
        <translation>赢单商机的成本</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>新建商机数</translation>
    </message>
    <message>
        <source>Converted into a deal</source>
        <translation>转化为商机</translation>
    </message>
    <message>
        <source>Reached SQL</source>
        <translation>到达 SQL</translation>
    </message>
    <message>
        <source>Value of the deals open at period end</source>
        <translation>期末进行中商机的金额</translation>
    </message>
    <message>
        <source>Quotas of the period</source>
        <translation>本期配额</translation>
    </message>
    <message>
        <source>Deals open at period end</source>
        <translation>期末进行中的商机</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS 回答数</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>期初 MRR</translation>
    </message>
    <message>
        <source>MRR at period end</source>
        <translation>期末 MRR</translation>
    </message>
    <message>
        <source>ARR at start</source>
        <translation>期初 ARR</translation>
    </message>
    <message>
        <source>ARR at period end</source>
        <translation>期末 ARR</translation>
    </message>
    <message>
        <source>Accounts with MRR at start</source>
        <translation>期初有 MRR 的客户</translation>
    </message>
    <message>
        <source>Their MRR at start</source>
        <translation>其期初 MRR</translation>
    </message>
    <message>
        <source>Their MRR at period end</source>
        <translation>其期末 MRR</translation>
    </message>
    <message>
        <source>MRR kept (lower of start and end, per account)</source>
        <translation>保留的 MRR（每个客户取期初与期末的较小值）</translation>
    </message>
    <message>
        <source>New monthly value, last 365 days</source>
        <translation>新增月度价值，近 365 天</translation>
    </message>
    <message>
        <source>MRR lost, last 365 days</source>
        <translation>流失的 MRR，近 365 天</translation>
    </message>
    <message>
        <source>Average MRR, last 365 days</source>
        <translation>平均 MRR，近 365 天</translation>
    </message>
    <message>
        <source>Revenue of the twelve months before</source>
        <translation>此前十二个月的销售额</translation>
    </message>
    <message>
        <source>Amounts of those deals</source>
        <translation>这些商机的金额</translation>
    </message>
    <message>
        <source>List prices of those deals</source>
        <translation>这些商机的标价</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>售出数量</translation>
    </message>
    <message>
        <source>Amounts of the previous period</source>
        <translation>上期金额</translation>
    </message>
    <message>
        <source>Units sold in the previous period</source>
        <translation>上期售出数量</translation>
    </message>
    <message>
        <source>Activities with hours</source>
        <translation>有工时的活动</translation>
    </message>
    <message>
        <source>Working time of one rep</source>
        <translation>一位销售代表的工作时间</translation>
    </message>
    <message>
        <source>People with an activity</source>
        <translation>有活动的人数</translation>
    </message>
    <message>
        <source>Deals left out</source>
        <extracomment>inputs that are bookkeeping, shown only when above 0 and then as a sentence</extracomment>
        <translation>未计入的商机</translation>
    </message>
    <message>
        <source>{0} deals have no exchange rate for their currency</source>
        <translation>{0} 个商机的币种没有汇率</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>the key of a breakdown row whose key is empty (``null`` in the JSON)</extracomment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Not enough data in this period.</source>
        <translation>本期间数据不足。</translation>
    </message>
    <message>
        <source>There are no deals yet, or none matches the filters.</source>
        <translation>还没有商机，或没有商机符合筛选条件。</translation>
    </message>
    <message>
        <source>The forecast is company-wide; clear the filters to compare it.</source>
        <translation>销售预测是全公司的；清除筛选后才能对比。</translation>
    </message>
    <message>
        <source>No deal won in this period.</source>
        <translation>本期间没有赢单。</translation>
    </message>
    <message>
        <source>No deal was won or lost in this period.</source>
        <translation>本期间没有赢单或输单。</translation>
    </message>
    <message>
        <source>No lead was created in this period.</source>
        <translation>本期间没有新建线索。</translation>
    </message>
    <message>
        <source>No customer at the start of the period.</source>
        <translation>期初没有客户。</translation>
    </message>
    <message>
        <source>No rep has a quota above 0 inside this period.</source>
        <translation>本期间没有配额大于 0 的销售代表。</translation>
    </message>
    <message>
        <source>No contract (a won deal with contract months) matches the filters.</source>
        <translation>没有符合筛选条件的合同（带合同月数的赢单商机）。</translation>
    </message>
    <message>
        <source>No account had recurring revenue at the start of the period.</source>
        <translation>期初没有客户有经常性收入。</translation>
    </message>
    <message>
        <source>Sum of the amounts of the deals won in the period.</source>
        <translation>本期赢单商机的金额之和。</translation>
    </message>
    <message>
        <source>Count of the deals won in the period.</source>
        <translation>本期赢单的商机数。</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>输单数</translation>
    </message>
    <message>
        <source>Count of the deals lost in the period.</source>
        <translation>本期输单的商机数。</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>销售额增长率</translation>
    </message>
    <message>
        <source>(Revenue − revenue of the previous period) / revenue of the previous period.</source>
        <translation>（销售额 − 上期销售额）/ 上期销售额。</translation>
    </message>
    <message>
        <source>No revenue in the previous period to compare with.</source>
        <translation>上期没有销售额可供对比。</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>平均成交金额</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>平均成交金额</translation>
    </message>
    <message>
        <source>Revenue / deals won.</source>
        <translation>销售额 / 赢单数。</translation>
    </message>
    <message>
        <source>New-customer revenue share</source>
        <translation>新增客户销售额占比</translation>
    </message>
    <message>
        <source>New-customer share</source>
        <translation>新增客户占比</translation>
    </message>
    <message>
        <source>Revenue of the deals won in the period by new customers / revenue.</source>
        <translation>本期新增客户赢单商机的销售额 / 销售额。</translation>
    </message>
    <message>
        <source>No revenue in this period.</source>
        <translation>本期间没有销售额。</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Over the deals won in the period that have a cost: (sum of their amounts − sum of their costs) / sum of their amounts.</source>
        <translation>对本期有成本的赢单商机：（金额之和 − 成本之和）/ 金额之和。</translation>
    </message>
    <message>
        <source>No deal won in this period has a recorded cost.</source>
        <translation>本期没有记录了成本的赢单商机。</translation>
    </message>
    <message>
        <source>Net profit margin</source>
        <translation>净利润率</translation>
    </message>
    <message>
        <source>(Revenue − recorded costs of the won deals − all spend dated in the period) / revenue.</source>
        <translation>（销售额 − 赢单商机的已记录成本 − 本期所有支出）/ 销售额。</translation>
    </message>
    <message>
        <source>No revenue in this period, or nothing recorded to subtract (no deal cost and no spend).</source>
        <translation>本期没有销售额，或没有可扣除的记录（没有商机成本也没有支出）。</translation>
    </message>
    <message>
        <source>Sales per rep</source>
        <translation>人均销售额</translation>
    </message>
    <message>
        <source>Revenue / number of reps active in the period.</source>
        <translation>销售额 / 本期活跃的销售代表人数。</translation>
    </message>
    <message>
        <source>No rep was active in this period.</source>
        <translation>本期没有活跃的销售代表。</translation>
    </message>
    <message>
        <source>Annual contract value</source>
        <translation>年度合同价值 (ACV)</translation>
    </message>
    <message>
        <source>Contract value (ACV)</source>
        <translation>年度合同价值 (ACV)</translation>
    </message>
    <message>
        <source>Mean over the deals won in the period with contract months &gt; 0 of (amount − one-time fee) / (contract months / 12).</source>
        <translation>本期合同月数 &gt; 0 的赢单商机的（金额 − 一次性费用）/（合同月数 / 12）的平均值。</translation>
    </message>
    <message>
        <source>No deal won in this period has a contract length.</source>
        <translation>本期没有带合同期限的赢单商机。</translation>
    </message>
    <message>
        <source>Deals won / (deals won + deals lost), both closed in the period.</source>
        <translation>赢单数 /（赢单数 + 输单数），均为本期结束的商机。</translation>
    </message>
    <message>
        <source>Opportunity win rate</source>
        <translation>商机赢单率</translation>
    </message>
    <message>
        <source>Of the deals created in the period, the share won by now.</source>
        <translation>本期新建的商机中，至今赢单的比例。</translation>
    </message>
    <message>
        <source>No deal was created in this period.</source>
        <translation>本期间没有新建商机。</translation>
    </message>
    <message>
        <source>Lead conversion rate</source>
        <translation>线索转化率</translation>
    </message>
    <message>
        <source>Lead conversion</source>
        <translation>线索转化率</translation>
    </message>
    <message>
        <source>Of the leads created in the period, the share converted into a deal.</source>
        <translation>本期新建的线索中，转化为商机的比例。</translation>
    </message>
    <message>
        <source>MQL → SQL rate</source>
        <translation>营销合格线索 (MQL) 到销售合格线索 (SQL) 转化率</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>Of the leads created in the period, the share that reached SQL.</source>
        <translation>本期新建的线索中，到达 SQL 的比例。</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>合格线索数</translation>
    </message>
    <message>
        <source>Count of the leads whose SQL date lies in the period.</source>
        <translation>SQL 日期在本期内的线索数。</translation>
    </message>
    <message>
        <source>Pipeline coverage</source>
        <translation>管道覆盖率</translation>
    </message>
    <message>
        <source>Value of the deals open at period end / (sum of all reps&apos; quotas of the period − revenue).</source>
        <translation>期末进行中商机的金额 /（本期所有销售代表配额之和 − 销售额）。</translation>
    </message>
    <message>
        <source>The quotas of this period are already met, or there is no quota.</source>
        <translation>本期配额已完成，或没有配额。</translation>
    </message>
    <message>
        <source>Mean of (close date − creation date) in days over the deals won in the period.</source>
        <translation>本期赢单商机的（结束日期 − 创建日期）天数的平均值。</translation>
    </message>
    <message>
        <source>Deal velocity</source>
        <translation>交易速度</translation>
    </message>
    <message>
        <source>Mean of (close date − creation date) in days over the deals won or lost in the period.</source>
        <translation>本期赢单或输单商机的（结束日期 − 创建日期）天数的平均值。</translation>
    </message>
    <message>
        <source>Pipeline velocity</source>
        <translation>销售漏斗流速</translation>
    </message>
    <message>
        <source>(Deals open at period end × average deal size × win rate) / sales cycle days.</source>
        <translation>（期末进行中商机数 × 平均成交金额 × 赢单率）/ 销售周期天数。</translation>
    </message>
    <message>
        <source>Needs an average deal, a win rate and a sales cycle above 0 days in this period.</source>
        <translation>需要本期的平均成交金额、赢单率和大于 0 天的销售周期。</translation>
    </message>
    <message>
        <source>Pipeline velocity (30 days)</source>
        <translation>销售漏斗流速（30 天）</translation>
    </message>
    <message>
        <source>Velocity (30 days)</source>
        <translation>流速（30 天）</translation>
    </message>
    <message>
        <source>Pipeline velocity × 30.</source>
        <translation>销售漏斗流速 × 30。</translation>
    </message>
    <message>
        <source>Sum over the deals open at period end of amount × probability: an open deal&apos;s own probability, else its stage&apos;s default, else the first stage&apos;s; a deal closed after period end takes its stage&apos;s default (never its own).</source>
        <translation>期末进行中商机的 金额 × 概率 之和：进行中商机用其自身概率，否则用其阶段的默认概率，再否则用第一阶段的；期末之后结束的商机用其阶段的默认概率（不用自身概率）。</translation>
    </message>
    <message>
        <source>Accounts whose first-ever won deal closes in the period.</source>
        <translation>首个赢单在本期结束的客户。</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>获客成本 (CAC)</translation>
    </message>
    <message>
        <source>Acquisition cost (CAC)</source>
        <translation>获客成本 (CAC)</translation>
    </message>
    <message>
        <source>Marketing and sales spend of the period / new customers.</source>
        <translation>本期营销与销售支出 / 新增客户数。</translation>
    </message>
    <message>
        <source>No marketing or sales spend is recorded in this period, or there is no new customer.</source>
        <translation>本期没有记录营销或销售支出，或没有新增客户。</translation>
    </message>
    <message>
        <source>Customers at start</source>
        <translation>期初客户数</translation>
    </message>
    <message>
        <source>Customers on the day before the period starts.</source>
        <translation>期间开始前一天的客户数。</translation>
    </message>
    <message>
        <source>Customers at end</source>
        <translation>期末客户数</translation>
    </message>
    <message>
        <source>Customers on the last day of the period.</source>
        <translation>期间最后一天的客户数。</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>流失客户数</translation>
    </message>
    <message>
        <source>Customers at period start whose churn date lies in the period.</source>
        <translation>期初客户中流失日期在本期内的客户数。</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>客户流失率</translation>
    </message>
    <message>
        <source>Churned customers / customers at start.</source>
        <translation>流失客户数 / 期初客户数。</translation>
    </message>
    <message>
        <source>Net customer churn</source>
        <translation>净客户流失率</translation>
    </message>
    <message>
        <source>(Churned customers − new customers) / customers at start.</source>
        <translation>（流失客户数 − 新增客户数）/ 期初客户数。</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>客户保留率</translation>
    </message>
    <message>
        <source>Customers at period start who are still customers at period end / customers at start.</source>
        <translation>期初客户中期末仍是客户的数量 / 期初客户数。</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLTV)</source>
        <translation>客户终身价值 (CLTV)</translation>
    </message>
    <message>
        <source>Lifetime value (CLTV)</source>
        <translation>客户终身价值 (CLTV)</translation>
    </message>
    <message>
        <source>Average yearly revenue per customer (revenue of the 365 days ending with the period / accounts with a deal won in them) × lifetime in years (1 / churn rate of those days, else the workspace setting).</source>
        <translation>每位客户的年均销售额（截至本期末 365 天的销售额 / 这段时间内有赢单的客户数）× 以年计的生命周期（1 / 这段时间的客户流失率，否则用工作区设置）。</translation>
    </message>
    <message>
        <source>No deal with an account was won in the twelve months up to the end of the period.</source>
        <translation>截至本期末的十二个月内没有关联客户的赢单。</translation>
    </message>
    <message>
        <source>CLTV : CAC</source>
        <translation>CLTV : CAC</translation>
    </message>
    <message>
        <source>CLTV / CAC.</source>
        <translation>CLTV / CAC。</translation>
    </message>
    <message>
        <source>Needs both the lifetime value and the acquisition cost.</source>
        <translation>需要客户终身价值和获客成本。</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>净推荐值 (NPS)</translation>
    </message>
    <message>
        <source>(Promoters − detractors) / responses × 100 over the responses in the period.</source>
        <translation>本期回答中（推动者 − 批评者）/ 回答数 × 100。</translation>
    </message>
    <message>
        <source>No NPS answer in this period.</source>
        <translation>本期间没有 NPS 回答。</translation>
    </message>
    <message>
        <source>Reps at quota</source>
        <translation>达成配额的销售代表占比</translation>
    </message>
    <message>
        <source>Reps whose revenue in the period ≥ their quota / reps with a quota above 0 in the period.</source>
        <translation>本期销售额 ≥ 其配额的销售代表数 / 本期配额大于 0 的销售代表数。</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>销售预测准确率</translation>
    </message>
    <message>
        <source>1 − |revenue − forecast| / revenue.</source>
        <translation>1 − |销售额 − 销售预测| / 销售额。</translation>
    </message>
    <message>
        <source>The period has no company forecast, or no revenue.</source>
        <translation>本期没有全公司的销售预测，或没有销售额。</translation>
    </message>
    <message>
        <source>Team quota attainment</source>
        <translation>团队配额完成率</translation>
    </message>
    <message>
        <source>Team attainment</source>
        <translation>团队配额完成率</translation>
    </message>
    <message>
        <source>Revenue of the reps with a quota above 0 in the period / sum of those quotas.</source>
        <translation>本期配额大于 0 的销售代表的销售额 / 这些配额之和。</translation>
    </message>
    <message>
        <source>Leads created</source>
        <translation>新增线索</translation>
    </message>
    <message>
        <source>Count of the leads created in the period.</source>
        <translation>本期新建的线索数。</translation>
    </message>
    <message>
        <source>Opportunities created</source>
        <translation>新增商机</translation>
    </message>
    <message>
        <source>Count of the deals created in the period.</source>
        <translation>本期新建的商机数。</translation>
    </message>
    <message>
        <source>Monthly recurring revenue (MRR)</source>
        <translation>每月经常性收入 (MRR)</translation>
    </message>
    <message>
        <source>Sum of the monthly values ((amount − one-time fee) / contract months) of the contracts active on the last day of the period.</source>
        <translation>本期最后一天有效合同的月度价值（（金额 − 一次性费用）/ 合同月数）之和。</translation>
    </message>
    <message>
        <source>Annual recurring revenue (ARR)</source>
        <translation>年度经常性收入 (ARR)</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>MRR × 12.</source>
        <translation>MRR × 12。</translation>
    </message>
    <message>
        <source>MRR growth</source>
        <translation>MRR 增长率</translation>
    </message>
    <message>
        <source>(MRR at period end − MRR at start) / MRR at start.</source>
        <translation>（期末 MRR − 期初 MRR）/ 期初 MRR。</translation>
    </message>
    <message>
        <source>No recurring revenue at the start of the period.</source>
        <translation>期初没有经常性收入。</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>净收入留存率</translation>
    </message>
    <message>
        <source>Net retention (NRR)</source>
        <translation>净收入留存率 (NRR)</translation>
    </message>
    <message>
        <source>Over the accounts with MRR at start: their MRR at period end / their MRR at start (expansion, contraction and churn included).</source>
        <translation>对期初有 MRR 的客户：其期末 MRR / 其期初 MRR（含扩展、收缩和流失）。</translation>
    </message>
    <message>
        <source>Gross revenue retention</source>
        <translation>毛收入留存率</translation>
    </message>
    <message>
        <source>Gross retention (GRR)</source>
        <translation>毛收入留存率 (GRR)</translation>
    </message>
    <message>
        <source>Over the accounts with MRR at start: sum of the lower of each account&apos;s MRR at period end and at start / their MRR at start.</source>
        <translation>对期初有 MRR 的客户：每个客户期末与期初 MRR 中较小值之和 / 其期初 MRR。</translation>
    </message>
    <message>
        <source>Growth ceiling (MRR)</source>
        <translation>增长上限 (MRR)</translation>
    </message>
    <message>
        <source>Growth ceiling</source>
        <translation>增长上限</translation>
    </message>
    <message>
        <source>The MRR at which new contracts just replace what leaves: new monthly value of the last 365 days × average MRR / MRR lost in them.</source>
        <translation>新合同恰好弥补流失时的 MRR：近 365 天新增月度价值 × 平均 MRR / 这段时间流失的 MRR。</translation>
    </message>
    <message>
        <source>No recurring revenue was lost in the last twelve months, so there is no ceiling.</source>
        <translation>近十二个月没有流失经常性收入，因此没有上限。</translation>
    </message>
    <message>
        <source>Sales efficiency</source>
        <translation>销售效率</translation>
    </message>
    <message>
        <source>(ARR at period end − ARR at start) / marketing and sales spend of the period.</source>
        <translation>（期末 ARR − 期初 ARR）/ 本期营销与销售支出。</translation>
    </message>
    <message>
        <source>No marketing or sales spend in this period, or no contract.</source>
        <translation>本期没有营销或销售支出，或没有合同。</translation>
    </message>
    <message>
        <source>Revenue, trailing twelve months</source>
        <translation>近12个月销售额</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>近12个月销售额</translation>
    </message>
    <message>
        <source>Revenue of the deals won in the 365 days ending with the period.</source>
        <translation>截至本期末 365 天内赢单商机的销售额。</translation>
    </message>
    <message>
        <source>Growth, trailing twelve months</source>
        <translation>近12个月增长率</translation>
    </message>
    <message>
        <source>Growth (12 months)</source>
        <translation>近12个月增长率</translation>
    </message>
    <message>
        <source>(Revenue of the trailing twelve months − revenue of the twelve months before) / revenue of the twelve months before.</source>
        <translation>（近十二个月销售额 − 此前十二个月销售额）/ 此前十二个月销售额。</translation>
    </message>
    <message>
        <source>No revenue in the twelve months before the trailing year.</source>
        <translation>近一年之前的十二个月没有销售额。</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>平均折扣率</translation>
    </message>
    <message>
        <source>Over the deals won in the period with a list price: 1 − sum of amounts / sum of list prices.</source>
        <translation>对本期有标价的赢单商机：1 − 金额之和 / 标价之和。</translation>
    </message>
    <message>
        <source>No deal won in this period has a list price.</source>
        <translation>本期没有带标价的赢单商机。</translation>
    </message>
    <message>
        <source>Revenue per unit</source>
        <translation>每单位平均收入</translation>
    </message>
    <message>
        <source>Over the deals won in the period with a quantity: sum of amounts / sum of quantities.</source>
        <translation>对本期有数量的赢单商机：金额之和 / 数量之和。</translation>
    </message>
    <message>
        <source>No deal won in this period has a quantity.</source>
        <translation>本期没有带数量的赢单商机。</translation>
    </message>
    <message>
        <source>Marginal revenue per unit</source>
        <translation>每单位边际收入</translation>
    </message>
    <message>
        <source>Marginal revenue/unit</source>
        <translation>每单位边际收入</translation>
    </message>
    <message>
        <source>(Amounts − amounts of the previous period) / (units − units of the previous period), over the deals won with a quantity.</source>
        <translation>（金额 − 上期金额）/（数量 − 上期数量），基于有数量的赢单商机。</translation>
    </message>
    <message>
        <source>Needs deals with quantities in this and the previous period, and a different number of units.</source>
        <translation>需要本期和上期都有带数量的商机，且数量不同。</translation>
    </message>
    <message>
        <source>Count of the activities done in the period.</source>
        <translation>本期完成的活动数。</translation>
    </message>
    <message>
        <source>Sum of the hours of the selling activities (calls, meetings, e-mails, demos, proposals) of the period.</source>
        <translation>本期销售活动（电话、会议、电子邮件、演示、方案）的小时数之和。</translation>
    </message>
    <message>
        <source>Time spent selling</source>
        <translation>销售时间占比</translation>
    </message>
    <message>
        <source>Selling hours / (working time of one rep in the period × people with an activity in the period).</source>
        <translation>销售小时数 /（本期一位销售代表的工作时间 × 本期有活动的人数）。</translation>
    </message>
    <message>
        <source>No activity of this period has hours.</source>
        <translation>本期没有记录工时的活动。</translation>
    </message>
    <message>
        <source>Activities per won deal</source>
        <translation>每个赢单的活动数</translation>
    </message>
    <message>
        <source>Activities per win</source>
        <translation>每个赢单的活动数</translation>
    </message>
    <message>
        <source>Activities / deals won.</source>
        <translation>活动数 / 赢单数。</translation>
    </message>
    <message>
        <source>Recurring revenue</source>
        <translation>经常性收入</translation>
    </message>
    <message>
        <source>Record contract lengths on won deals to see recurring revenue.</source>
        <translation>在赢单商机上记录合同期限即可查看经常性收入。</translation>
    </message>
    <message>
        <source>Log calls, meetings and demos to see how your team spends its time.</source>
        <translation>记录电话、会议和演示，即可了解团队如何分配时间。</translation>
    </message>
    <message>
        <source>MRR at month start</source>
        <extracomment>the MRR movements of a month (kpi_core.movements.MrrMonth), in the order they are drawn</extracomment>
        <translation>月初 MRR</translation>
    </message>
    <message>
        <source>New MRR</source>
        <translation>新增 MRR</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>Lost MRR</source>
        <translation>流失 MRR</translation>
    </message>
    <message>
        <source>MRR at month end</source>
        <translation>月末 MRR</translation>
    </message>
    <message>
        <source>MRR by month: new, expansion and lost</source>
        <translation>按月 MRR：新增、扩展和流失</translation>
    </message>
    <message>
        <source>Per month and account: new = MRR at month end of an account without MRR the day before the month; expansion or contraction = the change of an account with MRR before and after; lost = MRR before of an account without MRR at month end. MRR at month end = MRR at month start + new + expansion − contraction − lost.</source>
        <translation>按月按客户：新增 = 上月末没有 MRR 的客户在月末的 MRR；扩展或收缩 = 前后都有 MRR 的客户的变化；流失 = 月末没有 MRR 的客户之前的 MRR。月末 MRR = 月初 MRR + 新增 + 扩展 − 收缩 − 流失。</translation>
    </message>
    <message>
        <source>No month of this period has started yet.</source>
        <translation>本期还没有已开始的月份。</translation>
    </message>
    <message>
        <source>Opportunities and expected revenue by source</source>
        <translation>各来源的商机与预计收入</translation>
    </message>
    <message>
        <source>How the team spends its time</source>
        <translation>团队如何分配时间</translation>
    </message>
    <message>
        <source>Trailing twelve months, price and volume</source>
        <translation>近十二个月、价格与数量</translation>
    </message>
</context>
<context>
    <name>licence</name>
    <message>
        <source>Licence installed.</source>
        <translation>许可证已安装。</translation>
    </message>
    <message>
        <source>Licensed to {0} &lt;{1}&gt;.</source>
        <translation>授权给 {0} &lt;{1}&gt;。</translation>
    </message>
    <message>
        <source>{0} edition, %n seat(s); updates until {1}.</source>
        <translation>{0}版，%n 个席位；更新至 {1}。</translation>
    </message>
    <message>
        <source>Evaluation copy: everything works and nothing is locked; printed reviews carry an “Evaluation copy” line until a licence key is entered.</source>
        <translation>评估版：所有功能都可使用，没有任何锁定；在输入许可证密钥之前，打印的回顾报告带有一行“评估版”字样。</translation>
    </message>
    <message>
        <source>Your key predates this version: Dealbook {0} was released on {1}, after its updates ended ({2}).</source>
        <translation>您的密钥早于此版本：Dealbook {0} 发布于 {1}，在其更新期结束（{2}）之后。</translation>
    </message>
    <message>
        <source>The version you bought, Dealbook {0}, keeps working with this key for good.</source>
        <translation>您购买的版本 Dealbook {0} 可以一直使用此密钥，永久有效。</translation>
    </message>
    <message>
        <source>The versions released until {0} keep working with this key for good.</source>
        <translation>{0} 之前发布的版本可以一直使用此密钥，永久有效。</translation>
    </message>
    <message>
        <source>This version runs as an evaluation copy: everything works; printed reviews carry an “Evaluation copy” line. A key with updates until {0} or later covers it.</source>
        <translation>此版本以评估版运行：所有功能都可使用；打印的回顾报告带有一行“评估版”字样。更新期至 {0} 或更晚的密钥涵盖此版本。</translation>
    </message>
    <message>
        <source>Dealbook cannot save the licence in {0}.</source>
        <translation>Dealbook 无法将许可证保存到 {0}。</translation>
    </message>
    <message>
        <source>No file at {0}: check the name of the key file.</source>
        <translation>{0} 处没有文件：请检查密钥文件的名称。</translation>
    </message>
    <message>
        <source>Dealbook cannot read {0}.</source>
        <translation>Dealbook 无法读取 {0}。</translation>
    </message>
    <message>
        <source>This is not a Dealbook licence key: copy the whole key from the e-mail, from the BEGIN DEALBOOK LICENCE line to the END line, and try again.</source>
        <translation>这不是 Dealbook 许可证密钥：请从邮件中复制完整的密钥，从 BEGIN DEALBOOK LICENCE 行到 END 行，然后重试。</translation>
    </message>
    <message>
        <source>This licence key does not check out (a character was changed, added or lost): paste it again exactly as it came in the e-mail, or open the key file itself.</source>
        <translation>此许可证密钥核验未通过（有字符被改动、添加或丢失）：请按邮件中的原样重新粘贴，或直接打开密钥文件。</translation>
    </message>
    <message>
        <source>This licence key is signed but written for another version of Dealbook: ask for a key made for this version.</source>
        <translation>此许可证密钥已签名，但是为另一个版本的 Dealbook 制作的：请索取为此版本制作的密钥。</translation>
    </message>
    <message>
        <source>No licence key was given: paste the key from the e-mail, or open the key file.</source>
        <translation>没有提供许可证密钥：请粘贴邮件中的密钥，或打开密钥文件。</translation>
    </message>
    <message>
        <source>The licence saved in {0} does not check out: enter your licence key again (Help ▸ Enter licence…, or dealbook licence install FILE).</source>
        <translation>保存在 {0} 中的许可证核验未通过：请重新输入您的许可证密钥（帮助 ▸ 输入许可证…，或 dealbook licence install FILE）。</translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <source>A background task failed ({0}: {1}). The log file has the details.</source>
        <extracomment>(text, level) -&gt; None; level is &quot;info&quot;, &quot;warning&quot; or &quot;error&quot;</extracomment>
        <translation>后台任务失败（{0}：{1}）。日志文件中有详细信息。</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Opening the workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <source>Opening %Ln deal(s)…</source>
        <translation>正在打开 %Ln 个商机…</translation>
    </message>
    <message>
        <source>Creating the demo company…</source>
        <translation>正在创建演示公司…</translation>
    </message>
    <message>
        <source>Use File ▸ Connect to team database… to try again, or File ▸ Open…</source>
        <translation>请用“文件 ▸ 连接团队数据库…”重试，或用“文件 ▸ 打开…”</translation>
    </message>
    <message>
        <source>Use File ▸ Open… or File ▸ New database…</source>
        <translation>请使用 文件 ▸ 打开… 或 文件 ▸ 新建数据库…</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made: %1</source>
        <translation>今天的自动备份未完成：%1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>rows read</source>
        <translation>已读取行</translation>
    </message>
    <message>
        <source>will be added</source>
        <translation>将添加</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>will be updated</source>
        <translation>将更新</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>already there or repeated</source>
        <translation>已存在或重复</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Deals that will be imported: {0} open, {1} won, {2} lost.</source>
        <translation>将导入的商机：{0} 个进行中，{1} 个赢单，{2} 个输单。</translation>
    </message>
    <message>
        <source>Deals imported: {0} open, {1} won, {2} lost.</source>
        <translation>已导入的商机：{0} 个进行中，{1} 个赢单，{2} 个输单。</translation>
    </message>
    <message>
        <source>No rows are rejected.</source>
        <translation>没有被拒绝的行。</translation>
    </message>
    <message>
        <source>Rejected rows ({0}): these are not imported; fix them in the file or save them.</source>
        <translation>被拒绝的行（{0}）：这些行不会导入；请在文件中修正或保存它们。</translation>
    </message>
    <message>
        <source>Rejected rows ({0}): not imported. Save them to fix and import them later.</source>
        <translation>被拒绝的行（{0}）：未导入。保存它们，修正后稍后再导入。</translation>
    </message>
    <message>
        <source>The first {0} are listed.</source>
        <translation>下面列出前 {0} 行。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Line in file</source>
        <translation>文件中的行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>新建线索…</translation>
    </message>
    <message>
        <source>New spend…</source>
        <translation>新建支出…</translation>
    </message>
    <message>
        <source>New answer…</source>
        <translation>新建回答…</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新建客户…</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1（另有 %2 项）</translation>
    </message>
</context>
<context>
    <name>report_actions</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Preparing the sales review…</source>
        <translation>正在准备销售复盘报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sales review</source>
        <translation>销售复盘报告</translation>
    </message>
    <message>
        <source>Save the sales review</source>
        <translation>保存销售复盘报告</translation>
    </message>
    <message>
        <source>Sales review saved</source>
        <translation>销售复盘报告已保存</translation>
    </message>
    <message>
        <source>The sales review is saved as:</source>
        <translation>销售复盘报告已保存为：</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Loading the data</source>
        <translation>正在加载数据</translation>
    </message>
    <message>
        <source>Print preview: {0}</source>
        <translation>打印预览：{0}</translation>
    </message>
    <message>
        <source>Print {0}</source>
        <translation>打印 {0}</translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <source>Sales review {0}.pdf</source>
        <translation>销售复盘报告 {0}.pdf</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>No deals were created in this period.</source>
        <translation>本期间没有新建的商机。</translation>
    </message>
    <message>
        <source>No months in this period.</source>
        <translation>本期间没有月份。</translation>
    </message>
    <message>
        <source>No revenue in this period.</source>
        <translation>本期间没有销售额。</translation>
    </message>
    <message>
        <source>No NPS answers in this period.</source>
        <translation>本期间没有 NPS 回答。</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>{0} of previous</source>
        <translation>上期的 {0}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Prob. %</source>
        <translation>概率 %</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Deal list</source>
        <translation>商机列表</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>没有商机。</translation>
    </message>
    <message>
        <source>{0} deals</source>
        <translation>{0} 个商机</translation>
    </message>
    <message>
        <source>Evaluation copy</source>
        <translation>评估版</translation>
    </message>
    <message>
        <source>No data for this period.</source>
        <translation>本期间没有数据。</translation>
    </message>
    <message>
        <source>Printed on {0}</source>
        <translation>打印于 {0}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <source>Dealbook cannot write a report as {0}: name the output file .pdf, .html or .xlsx.</source>
        <translation>Dealbook 无法将报告写为 {0}：请将输出文件命名为 .pdf、.html 或 .xlsx。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file. Give a file name inside it.</source>
        <translation>{0} 是文件夹，不是文件。请在其中给出一个文件名。</translation>
    </message>
    <message>
        <source>The folder {0} does not exist: create it or choose another.</source>
        <translation>文件夹 {0} 不存在：请创建它或另选一个。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <source>Owner: {0}</source>
        <translation>负责人：{0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <source>Product: {0}</source>
        <translation>产品：{0}</translation>
    </message>
    <message>
        <source>Computing the period</source>
        <translation>正在计算本期</translation>
    </message>
    <message>
        <source>Computing the previous period</source>
        <translation>正在计算上期</translation>
    </message>
    <message>
        <source>Computing the year before</source>
        <translation>正在计算上年同期</translation>
    </message>
    <message>
        <source>Laying out the review</source>
        <translation>正在排版报告</translation>
    </message>
    <message>
        <source>All owners, sources and products</source>
        <translation>所有负责人、来源和产品</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>{0} deals have no exchange rate for their currency and are left out of the money figures.</source>
        <translation>{0} 个商机的币种没有汇率，未计入金额指标。</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>the review&apos;s XLSX sheet names (``Section.sheet_name``), translated by the XLSX writer</extracomment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Deals created in the period, by the stage they reached</source>
        <translation>本期新建的商机，按所到达的阶段</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Revenue by month against the year before</source>
        <translation>按月销售额与上年同期对比</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>按月销售额</translation>
    </message>
    <message>
        <source>Revenue by source</source>
        <translation>按来源的销售额</translation>
    </message>
    <message>
        <source>Leads and deals: created in the period. Won: deals won in the period. ROI: (revenue − spend) / spend of the source.</source>
        <translation>线索和商机：本期新建。赢单：本期赢单的商机。ROI：（销售额 − 支出）/ 该来源的支出。</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>按月销售额</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Recurring revenue</source>
        <translation>经常性收入</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>按月 NPS</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>净推荐值 (NPS)</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>Appendix: formulas</source>
        <translation>附录：公式</translation>
    </message>
    <message>
        <source>— means the figure is undefined (no data or a zero denominator).</source>
        <translation>— 表示该指标无定义（没有数据或分母为零）。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>全部回答</translation>
    </message>
    <message>
        <source>Net Promoter Score of the period: {0}</source>
        <translation>本期净推荐值：{0}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>推动者（9–10）</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Passives ({0})</source>
        <translation>被动者（{0}）</translation>
    </message>
    <message>
        <source>Detractors ({0})</source>
        <translation>批评者（{0}）</translation>
    </message>
    <message>
        <source>Previous period: {0}.</source>
        <translation>上期：{0}。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>打印于</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Sales review</source>
        <translation>销售复盘报告</translation>
    </message>
    <message>
        <source>No Chinese font is installed, so Chinese text may show as empty boxes. Install one (Noto Sans CJK, e.g. the fonts-noto-cjk package, or WenQuanYi Micro Hei) and start Dealbook again.</source>
        <translation>未安装中文字体，中文可能显示为空白方框。请安装一种中文字体（Noto Sans CJK，例如 fonts-noto-cjk 软件包，或文泉驿微米黑），然后重新启动 Dealbook。</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Team database: %1 on %2 as %3 (%4)</source>
        <translation>团队数据库：%2 上的 %1，身份为 %3（%4）</translation>
    </message>
    <message>
        <source>The team database cannot be reached. Your changes are kept; Dealbook is trying again.</source>
        <translation>无法连接团队数据库。您的修改已保留；Dealbook 正在重试。</translation>
    </message>
    <message>
        <source>Team database: %1 on %2 as %3 (%4, %5)</source>
        <translation>团队数据库：%2 上的 %1，身份为 %3（%4，%5）</translation>
    </message>
    <message>
        <source>Team database: %1 on %2 as %3</source>
        <translation>团队数据库：%2 上的 %1，身份为 %3</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Restored %1. Your previous file was kept as %2.</source>
        <translation>已恢复 %1。您之前的文件已保留为 %2。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2? A copy of the current file is kept.</source>
        <translation>用备份 %2 替换 %1 中的数据？会保留当前文件的副本。</translation>
    </message>
</context>
</TS>
