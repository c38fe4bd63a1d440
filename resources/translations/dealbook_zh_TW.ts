<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>No deals were created in this period.</source>
        <translation>本期間沒有新增的商機。</translation>
    </message>
    <message>
        <source>{0} of previous</source>
        <translation>上期的 {0}</translation>
    </message>
    <message>
        <source>No months in this period.</source>
        <translation>本期間沒有月份。</translation>
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
        <translation>本期間沒有銷售額。</translation>
    </message>
    <message>
        <source>No NPS answers in this period.</source>
        <translation>本期間沒有 NPS 回答。</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>column -&gt; (title, kind, weight); the order in which known columns are printed</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Prob. %</source>
        <translation>機率 %</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預計</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Deal list</source>
        <translation>商機列表</translation>
    </message>
    <message>
        <source>{0} deals</source>
        <translation>{0} 個商機</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>沒有商機。</translation>
    </message>
    <message>
        <source>No data for this period.</source>
        <translation>本期間沒有資料。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Printed on {0}</source>
        <translation>列印於 {0}</translation>
    </message>
    <message>
        <source>Evaluation copy</source>
        <translation>評估版</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>無副檔名</translation>
    </message>
    <message>
        <source>Dealbook cannot write a report as {0}: name the output file .pdf, .html or .xlsx.</source>
        <translation>Dealbook 無法將報告寫為 {0}：請將輸出檔案命名為 .pdf、.html 或 .xlsx。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file. Give a file name inside it.</source>
        <translation>{0} 是資料夾，不是檔案。請在其中給出一個檔名。</translation>
    </message>
    <message>
        <source>The folder {0} does not exist: create it or choose another.</source>
        <translation>資料夾 {0} 不存在：請建立它或另選一個。</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 頁，共 {1} 頁</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Owner: {0}</source>
        <extracomment>the cover&apos;s headline figures</extracomment>
        <translation>負責人：{0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>來源：{0}</translation>
    </message>
    <message>
        <source>Product: {0}</source>
        <translation>產品：{0}</translation>
    </message>
    <message>
        <source>Computing the period</source>
        <translation>正在計算本期</translation>
    </message>
    <message>
        <source>Computing the previous period</source>
        <translation>正在計算上期</translation>
    </message>
    <message>
        <source>Computing the year before</source>
        <translation>正在計算上年同期</translation>
    </message>
    <message>
        <source>Laying out the review</source>
        <translation>正在排版報告</translation>
    </message>
    <message>
        <source>All owners, sources and products</source>
        <translation>所有負責人、來源和產品</translation>
    </message>
    <message>
        <source>{0} deals have no exchange rate for their currency and are left out of the money figures.</source>
        <translation>{0} 個商機的幣別沒有匯率，未計入金額指標。</translation>
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
        <translation>— 表示該指標無定義（沒有資料或分母為零）。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Deals created in the period, by the stage they reached</source>
        <translation>本期新增的商機，按所到達的階段</translation>
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
        <translation>銷售額</translation>
    </message>
    <message>
        <source>Revenue by month against the year before</source>
        <translation>按月銷售額與上年同期對比</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>按月銷售額</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>（無來源）</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Revenue by source</source>
        <translation>按來源的銷售額</translation>
    </message>
    <message>
        <source>Leads and deals: created in the period. Won: deals won in the period. ROI: (revenue − spend) / spend of the source.</source>
        <translation>線索和商機：本期新增。贏單：本期贏單的商機。ROI：（銷售額 − 支出）/ 該來源的支出。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>銷售代表</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>區間</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回答數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>推薦者（9–10）</translation>
    </message>
    <message>
        <source>Passives ({0})</source>
        <translation>被動者（{0}）</translation>
    </message>
    <message>
        <source>Detractors ({0})</source>
        <translation>批評者（{0}）</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>全部回答</translation>
    </message>
    <message>
        <source>Net Promoter Score of the period: {0}</source>
        <translation>本期淨推薦值：{0}</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>按月 NPS</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>淨推薦值 (NPS)</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>全部指標</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Appendix: formulas</source>
        <translation>附錄：公式</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>列印於</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dealbook</source>
        <translation>關於 Dealbook</translation>
    </message>
    <message>
        <source>The offline sales-KPI desk for small B2B teams.</source>
        <translation>面向小型 B2B 團隊的離線銷售 KPI 工具。</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dealbook 資料夾：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>Nothing leaves this computer.</source>
        <translation>資料不會離開這台電腦。</translation>
    </message>
    <message>
        <source>Enter licence…</source>
        <translation>輸入授權…</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Updating the figures…</source>
        <translation>正在更新指標…</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG 圖片…</translation>
    </message>
    <message>
        <source>SVG image…</source>
        <translation>SVG 圖片…</translation>
    </message>
</context>
<context>
    <name>ChartSections</name>
    <message>
        <source>Sales funnel of the deals created in the period</source>
        <extracomment>chart name, key of the bar / stage / month clicked</extracomment>
        <translation>本期新增商機的銷售漏斗</translation>
    </message>
    <message>
        <source>Width by number of deals</source>
        <translation>寬度按商機數</translation>
    </message>
    <message>
        <source>Width by value</source>
        <translation>寬度按金額</translation>
    </message>
    <message>
        <source>Revenue by month, against the same months a year before</source>
        <translation>按月銷售額，與上年同月對比</translation>
    </message>
    <message>
        <source>Open pipeline at period end</source>
        <extracomment>(panel, spans both columns when two fit)</extracomment>
        <translation>期末的進行中管道</translation>
    </message>
    <message>
        <source>Lead sources</source>
        <translation>潛在客戶來源</translation>
    </message>
    <message>
        <source>Net Promoter Score by month</source>
        <translation>按月淨推薦值</translation>
    </message>
    <message>
        <source>How many leads do you need?</source>
        <translation>需要多少線索？</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>銷售代表</translation>
    </message>
    <message>
        <source>Return on spend and ROI by source</source>
        <translation>各來源投入產出比與投資報酬率</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Export as PNG…</source>
        <extracomment>every option of ``pg.BarGraphItem``: a reused item forgets the options of its last use the key of the bar / stage / month clicked (for drill-down) the plot in each (row, col) of the layout (plot, kind of item) -&gt; the items of that kind, and how many this drawing used</extracomment>
        <translation>匯出為 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>匯出為 SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 圖片 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>匯出圖表</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Choose where each column of the file goes.</source>
        <translation>選擇檔案中每一欄的去向。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>檔案中的欄</translation>
    </message>
    <message>
        <source>Examples from the file</source>
        <translation>檔案中的範例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <source>— don&apos;t import —</source>
        <translation>— 不匯入 —</translation>
    </message>
    <message>
        <source>{0} columns in the file: {1} imported, {2} left out.</source>
        <translation>檔案中有 {0} 欄：匯入 {1} 欄，略過 {2} 欄。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this record</source>
        <translation>其他人已儲存了這筆記錄</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>對方的（已儲存）</translation>
    </message>
    <message>
        <source>Yours (in the form)</source>
        <translation>您的（表單中）</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>載入對方的版本</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>繼續編輯</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>連線團隊資料庫</translation>
    </message>
    <message>
        <source>A team database lives on a PostgreSQL server your team shares. Ask whoever set it up for these details.</source>
        <translation>團隊資料庫位於您團隊共用的 PostgreSQL 伺服器上。請向設定它的人索取以下資訊。</translation>
    </message>
    <message>
        <source>(new connection)</source>
        <translation>（新連線）</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%2 上的 %1，身分為 %3</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>server name or address, e.g. nas.local</source>
        <translation>伺服器名稱或位址，例如 nas.local</translation>
    </message>
    <message>
        <source>database name, e.g. dealbook</source>
        <translation>資料庫名稱，例如 dealbook</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>記住密碼</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>A remembered password is kept in this computer&apos;s password store.</source>
        <translation>記住的密碼保存在本機的密碼庫中。</translation>
    </message>
    <message>
        <source>This computer has no password store, so Dealbook cannot remember the password: you will be asked for it each time.</source>
        <translation>本機沒有密碼庫，Dealbook 無法記住密碼：每次連線都會詢問密碼。</translation>
    </message>
    <message>
        <source>Open local file…</source>
        <translation>開啟本機檔案…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>The password store refused the password; Dealbook will ask for it next time.</source>
        <translation>密碼庫拒絕保存該密碼；下次連線時 Dealbook 會再詢問。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Dealbook ran into a problem</source>
        <translation>Dealbook 遇到了問題</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your data is safe: every change you saved is in the database. Please copy this report and send it to support.</source>
        <translation>發生了意外情況。您的資料是安全的：已儲存的每項更改都在資料庫中。請複製此報告並發送給技術支援。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>複製報告</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Lead → Deal</source>
        <translation>線索 → 商機</translation>
    </message>
    <message>
        <source>Click to see how this figure is computed</source>
        <translation>點選檢視此指標的計算方法</translation>
    </message>
    <message>
        <source>Revenue · {0}</source>
        <translation>銷售額 · {0}</translation>
    </message>
    <message>
        <source>Source {0} · {1}</source>
        <translation>來源 {0} · {1}</translation>
    </message>
    <message>
        <source>Reached {0} · created in {1}</source>
        <translation>到達 {0} · 建立於 {1}</translation>
    </message>
    <message>
        <source>Open in {0} at {1}</source>
        <translation>在 {0} 中開啟（{1}）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <source>Conversion and pipeline</source>
        <translation>轉換與管道</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <extracomment>deal ids, caption (the window shows them in the deals table) a computation&apos;s results were applied (cards with their changes, every chart and table refreshed) the figures of a computation and the charts in view are shown (the changes against the previous period and the charts out of view follow; then :attr:`updated`) seconds the last results took to apply on the GUI thread (for benchmarks) (generation, dataset, results) whose previous period is to be worked out drawings still to do for the results shown</extracomment>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>正在計算指標…</translation>
    </message>
    <message>
        <source>Could not work out the inputs ({0}).</source>
        <translation>無法算出所需數量（{0}）。</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <source>Columns</source>
        <extracomment>the narrowest a text column gets when the columns do not fit the window</extracomment>
        <translation>欄</translation>
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
        <translation>選擇日期</translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <source>Deals</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新增商機…</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>更改負責人…</translation>
    </message>
    <message>
        <source>Change stage…</source>
        <translation>更改階段…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n deals behind %1</source>
        <translation>
            <numerusform>顯示 %1 背後的 %n 個商機</numerusform>
        </translation>
    </message>
    <message>
        <source>No deals yet. Use “New deal…” (Ctrl+N) or import your CRM&apos;s export.</source>
        <translation>還沒有商機。使用「新增商機…」（Ctrl+N）或匯入 CRM 匯出檔案。</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>更改負責人</translation>
    </message>
    <message numerus="yes">
        <source>New owner of %n deals:</source>
        <translation>
            <numerusform>%n 個商機的新負責人：</numerusform>
        </translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>更改階段</translation>
    </message>
    <message numerus="yes">
        <source>Move %n deals to the stage:</source>
        <translation>
            <numerusform>將 %n 個商機移到階段：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check before importing</source>
        <translation>匯入前檢查</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Click Import to add these rows to Dealbook.</source>
        <translation>尚未寫入任何內容。點選「匯入」將這些列新增到 Dealbook。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>Close</source>
        <extracomment>deal ids, caption</extracomment>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Show deals</source>
        <translation>顯示商機</translation>
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
        <translation>正在計算所需數量…</translation>
    </message>
    <message>
        <source>Show deals ({0})</source>
        <translation>顯示商機（{0}）</translation>
    </message>
    <message>
        <source>Activities behind this figure: %Ln</source>
        <translation>此指標背後的活動：%Ln</translation>
    </message>
    <message>
        <source>%Ln deal(s) behind this figure</source>
        <translation>此指標背後的 %Ln 個商機</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Rep</source>
        <extracomment>item data of &quot;All ...&quot; (never None: PySide6 6.12 miscounts references of a None QVariant)</extracomment>
        <translation>銷售代表</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>所有銷售代表</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有來源</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>所有產品</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜尋…</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>全部：%1</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部時間</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>近12個月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>清除所有篩選</translation>
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
        <translation>尋找 KPI…</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>計算方法</translation>
    </message>
    <message>
        <source>The formulas are not available in this build.</source>
        <translation>此版本不含公式說明。</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>Deals (opportunities)</source>
        <translation>商機（銷售機會）</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Marketing spend</source>
        <translation>行銷支出</translation>
    </message>
    <message>
        <source>NPS survey answers</source>
        <translation>NPS 調查回答</translation>
    </message>
    <message>
        <source>Sales quotas</source>
        <translation>銷售配額</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>銷售預測</translation>
    </message>
    <message>
        <source>Accounts (customers)</source>
        <translation>客戶（帳戶）</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>Activities (calls, meetings, demos…)</source>
        <translation>活動（電話、會議、示範…）</translation>
    </message>
    <message>
        <source>Stage history of deals</source>
        <translation>商機階段歷史</translation>
    </message>
    <message>
        <source>{0} deals</source>
        <translation>{0} 個商機</translation>
    </message>
    <message>
        <source>{0} leads</source>
        <translation>{0} 條線索</translation>
    </message>
    <message>
        <source>{0} spend rows</source>
        <translation>{0} 條支出</translation>
    </message>
    <message>
        <source>{0} NPS answers</source>
        <translation>{0} 條 NPS 回答</translation>
    </message>
    <message>
        <source>{0} quotas</source>
        <translation>{0} 條配額</translation>
    </message>
    <message>
        <source>{0} forecasts</source>
        <translation>{0} 條銷售預測</translation>
    </message>
    <message>
        <source>{0} accounts</source>
        <translation>{0} 個客戶</translation>
    </message>
    <message>
        <source>{0} exchange rates</source>
        <translation>{0} 條匯率</translation>
    </message>
    <message>
        <source>{0} activities</source>
        <translation>{0} 項活動</translation>
    </message>
    <message>
        <source>{0} stage changes</source>
        <translation>{0} 次階段變更</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動偵測</translation>
    </message>
    <message>
        <source>Dealbook export</source>
        <translation>Dealbook 匯出檔案</translation>
    </message>
    <message>
        <source>Other (match columns by name)</source>
        <translation>其他（按名稱匹配欄）</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>逗號分隔</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>分號分隔</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>定位字元分隔</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>豎線分隔</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 活頁簿</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>記錄 ID</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>商機名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner (sales rep)</source>
        <translation>負責人（銷售代表）</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>潛在客戶來源</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Product type / deal type</source>
        <translation>產品類型 / 商機類型</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>管道階段</translation>
    </message>
    <message>
        <source>Outcome (open / won / lost)</source>
        <translation>結果（進行中 / 贏單 / 輸單）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>機率 %</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>輸單原因</translation>
    </message>
    <message>
        <source>Contract months</source>
        <translation>合約月數</translation>
    </message>
    <message>
        <source>One-time fee</source>
        <translation>一次性費用</translation>
    </message>
    <message>
        <source>Close date (expected or actual)</source>
        <translation>結束日期（預計或實際）</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>贏單日期</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>輸單日期</translation>
    </message>
    <message>
        <source>Entered stage on</source>
        <translation>進入階段日期</translation>
    </message>
    <message>
        <source>Is won (yes/no)</source>
        <translation>是否贏單（是/否）</translation>
    </message>
    <message>
        <source>Is lost (yes/no)</source>
        <translation>是否輸單（是/否）</translation>
    </message>
    <message>
        <source>Active (yes/no)</source>
        <translation>有效（是/否）</translation>
    </message>
    <message>
        <source>Is closed (yes/no)</source>
        <translation>是否已結束（是/否）</translation>
    </message>
    <message>
        <source>State (open / won / lost, or 0 / 1 / 2)</source>
        <translation>狀態（進行中 / 贏單 / 輸單，或 0 / 1 / 2）</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>狀態原因</translation>
    </message>
    <message>
        <source>Sales-qualified on</source>
        <translation>成為銷售合格線索日期</translation>
    </message>
    <message>
        <source>Converted on</source>
        <translation>轉換日期</translation>
    </message>
    <message>
        <source>Deal record ID</source>
        <translation>商機記錄 ID</translation>
    </message>
    <message>
        <source>Disqualified on</source>
        <translation>取消資格日期</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>支出日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回答日期</translation>
    </message>
    <message>
        <source>Score (0-10)</source>
        <translation>評分（0-10）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評論</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期間開始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期間結束</translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>{0} deals have no amount; they are imported without one.</source>
        <translation>{0} 個商機沒有金額；匯入時不帶金額。</translation>
    </message>
    <message>
        <source>{0} rows have text starting with = + - or @; it is kept as plain text.</source>
        <translation>{0} 列的文字以 = + - 或 @ 開頭；按純文字儲存。</translation>
    </message>
    <message>
        <source>{0} date columns could be day-first or month-first; see the first step.</source>
        <translation>{0} 個日期欄可能是日在前或月在前；請看第一步。</translation>
    </message>
    <message>
        <source>{0} deals have a stage that matches no pipeline stage; they go to the first stage.</source>
        <translation>{0} 個商機的階段與管道階段都不匹配；它們放入第一個階段。</translation>
    </message>
    <message>
        <source>{0} deals are won and none is lost: if your CRM records lost deals in a column Dealbook did not use, map it on the Columns step.</source>
        <translation>{0} 個商機贏單而沒有輸單：如果您的 CRM 在 Dealbook 未使用的欄中記錄輸單，請在「欄」步驟中對應它。</translation>
    </message>
    <message>
        <source>All {0} deals are open: if a column says which are won or lost, map it on the Columns step.</source>
        <translation>全部 {0} 個商機都在進行中：如果有一欄說明哪些贏單或輸單，請在「欄」步驟中對應它。</translation>
    </message>
    <message>
        <source>{0} deals close before they were created; check the date columns.</source>
        <translation>{0} 個商機的結束日期早於建立日期；請檢查日期欄。</translation>
    </message>
    <message>
        <source>{0} columns look like won/lost statuses but are not used; map one as Status.</source>
        <translation>{0} 欄看起來像贏單/輸單狀態但未被使用；請將其中一欄對應為「狀態」。</translation>
    </message>
    <message>
        <source>{0} columns look like amounts but are not used; map one as Amount.</source>
        <translation>{0} 欄看起來像金額但未被使用；請將其中一欄對應為「金額」。</translation>
    </message>
    <message>
        <source>The file has no name column: {0} deals are named by their record id.</source>
        <translation>檔案沒有名稱欄：{0} 個商機以記錄 ID 命名。</translation>
    </message>
    <message>
        <source>The file has no name column: {0} deals are named by their account and product.</source>
        <translation>檔案沒有名稱欄：{0} 個商機以客戶和產品命名。</translation>
    </message>
    <message>
        <source>{0} numbers like 1.234 could be thousands or decimals; they are read with their column&apos;s decimal mark: check them.</source>
        <translation>{0} 個形如 1.234 的數字既可能是千位也可能是小數；已按其所在欄的小數點讀取，請核對。</translation>
    </message>
    <message>
        <source>{0} rows: {1}.</source>
        <translation>{0} 列：{1}。</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} 列</translation>
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
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>選擇要匯入的檔案</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.xlsx);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Dealbook could not read this file ({0}).</source>
        <translation>Dealbook 無法讀取此檔案（{0}）。</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>儲存被拒絕的列</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <source>Imports</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>匯入檔案…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>復原匯入</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Select an import to see its report.</source>
        <translation>選擇一次匯入以檢視其報告。</translation>
    </message>
    <message>
        <source>No imports yet. Drop a CSV or Excel file on the window to start one.</source>
        <translation>還沒有匯入。將 CSV 或 Excel 檔案拖到視窗上即可開始。</translation>
    </message>
    <message>
        <source>%1 (undone)</source>
        <translation>%1（已復原）</translation>
    </message>
    <message>
        <source>Take back import #%1 of %2? Rows it added are removed and rows it changed get their old values back.</source>
        <translation>撤回 %2 的第 %1 次匯入？它新增的列將被刪除，它更改的列將還原原值。</translation>
    </message>
    <message>
        <source>Undoing import #%1…</source>
        <translation>正在撤銷匯入 #%1…</translation>
    </message>
    <message>
        <source>Import #%1 of %2, on %4.</source>
        <translation>%2 的第 %1 次匯入，於 %4。</translation>
    </message>
    <message>
        <source>This import kept no report.</source>
        <translation>此次匯入沒有保留報告。</translation>
    </message>
    <message>
        <source>%Ln row(s) added</source>
        <translation>添加了 %Ln 列</translation>
    </message>
    <message>
        <source>%Ln updated</source>
        <translation>更新了 %Ln 列</translation>
    </message>
    <message>
        <source>%Ln rejected</source>
        <translation>拒絕了 %Ln 列</translation>
    </message>
    <message>
        <source>Import #%1 of %2 from %3, on %4.</source>
        <translation>從 %3 對 %2 的第 %1 次匯入，於 %4。</translation>
    </message>
    <message>
        <source>What: %1.</source>
        <translation>內容：%1。</translation>
    </message>
    <message>
        <source>%Ln unchanged</source>
        <translation>%Ln 列未變</translation>
    </message>
    <message>
        <source>Rejected rows (not imported):</source>
        <translation>被拒絕的列（未匯入）：</translation>
    </message>
    <message>
        <source>%Ln row(s) read: </source>
        <translation>讀取了 %Ln 列：</translation>
    </message>
    <message>
        <source>… and %Ln more.</source>
        <translation>…… 還有 %Ln 列。</translation>
    </message>
    <message>
        <source>Undone on %1.</source>
        <translation>已於 %1 復原。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Deals: %1 open, %2 won, %3 lost.</source>
        <translation>商機：%1 個進行中，%2 個贏單，%3 個輸單。</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Enter licence</source>
        <translation>輸入授權</translation>
    </message>
    <message>
        <source>Paste the licence key from your e-mail, or open the key file. It is checked on this computer: nothing is sent anywhere.</source>
        <translation>貼上電子郵件中的授權金鑰，或開啟金鑰檔案。金鑰在本機上核驗：不會傳送任何內容。</translation>
    </message>
    <message>
        <source>Open key file…</source>
        <translation>開啟金鑰檔案…</translation>
    </message>
    <message>
        <source>Install licence</source>
        <translation>安裝授權</translation>
    </message>
    <message>
        <source>Licence installed. Thank you!</source>
        <translation>授權已安裝。謝謝！</translation>
    </message>
    <message>
        <source>Open a licence key</source>
        <translation>開啟授權金鑰</translation>
    </message>
    <message>
        <source>Licence keys (*.txt *.key *.lic);;All files (*)</source>
        <translation>授權金鑰 (*.txt *.key *.lic);;所有檔案 (*)</translation>
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
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <source>You are exploring the demo company. Its made-up data never mixes with yours.</source>
        <extracomment>what the window waits for (opening, loading, backup, ...), with a moving bar</extracomment>
        <translation>您正在瀏覽示範公司。其虛構資料絕不會與您的資料混在一起。</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>返回我的資料</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
    <message>
        <source>%1 — Dealbook</source>
        <translation>%1 — Dealbook</translation>
    </message>
    <message>
        <source>Demo company — Dealbook</source>
        <translation>示範公司 — Dealbook</translation>
    </message>
    <message>
        <source>%Ln deal(s)</source>
        <translation>%Ln 個商機</translation>
    </message>
    <message>
        <source>%Ln lead(s)</source>
        <translation>%Ln 條線索</translation>
    </message>
    <message>
        <source>%Ln account(s)</source>
        <translation>%Ln 個客戶</translation>
    </message>
    <message>
        <source>%Ln spend row(s)</source>
        <translation>%Ln 條支出</translation>
    </message>
    <message>
        <source>%Ln NPS answer(s)</source>
        <translation>%Ln 條 NPS 回答</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>儀表板</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>線索</translation>
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
        <translation>活動</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>匯入記錄</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>關閉提示</translation>
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
        <translation>季</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
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
        <translation>與 {0} 對比</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <source> won deals</source>
        <translation> 個贏單</translation>
    </message>
    <message>
        <source>This period&apos;s conversion</source>
        <translation>本期的轉換率</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>全部歷史</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Rates from</source>
        <translation>轉換率依據</translation>
    </message>
    <message>
        <source>Not enough conversion data: a step has no rate or a zero rate.</source>
        <translation>轉換資料不足：某一步沒有轉換率或轉換率為零。</translation>
    </message>
    <message>
        <source>You need about {0} new leads</source>
        <translation>您需要約 {0} 條新線索</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Stage history: %1</source>
        <translation>階段歷史：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>This value cannot be read.</source>
        <translation>無法讀取此值。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 為必填項。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>Their version is shown; your changes were set aside.</source>
        <translation>現在顯示的是對方的版本；您的修改已捨棄。</translation>
    </message>
    <message>
        <source>Your changes are kept. Save again to replace their version with yours.</source>
        <translation>您的修改已保留。再次儲存即可用您的版本取代對方的版本。</translation>
    </message>
</context>
<context>
    <name>RepsTab</name>
    <message>
        <source>A rep is added the first time a deal, lead or quota names them.</source>
        <translation>銷售代表在商機、線索或配額第一次提到其名字時自動新增。</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>銷售代表</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在職</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>進行中商機</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>贏單商機</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>輸單商機</translation>
    </message>
    <message>
        <source>Quota rows</source>
        <translation>配額列</translation>
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
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Choose a backup. Dealbook shows what is in it before anything changes, and keeps a copy of your current file.</source>
        <translation>選擇一個備份。Dealbook 會在任何更改之前顯示其中的內容，並保留當前檔案的副本。</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>選擇其他檔案…</translation>
    </message>
    <message>
        <source>No backup selected.</source>
        <translation>未選擇備份。</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>還原…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>選擇備份</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <source>%1 (saved %2) holds %3 deals, %4 leads, %5 accounts, %6 spend rows, %7 NPS answers.</source>
        <translation>%1（儲存於 %2）包含 %3 個商機、%4 條線索、%5 個客戶、%6 條支出、%7 條 NPS 回答。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <source>The rows are in Dealbook; every page shows them now.</source>
        <translation>這些列已在 Dealbook 中；每個頁面現在都會顯示它們。</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>復原此次匯入</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>儲存被拒絕的列…</translation>
    </message>
    <message>
        <source>{0} from {1} are in Dealbook. Undo takes this whole import back.</source>
        <translation>{1} 中的 {0} 已在 Dealbook 中。復原會撤回整次匯入。</translation>
    </message>
    <message>
        <source>Nothing new in {0}: its {1} rows are already in Dealbook, so nothing was changed and no import was recorded.</source>
        <translation>{0} 中沒有新內容：其 {1} 列已在 Dealbook 中，因此沒有任何更改，也沒有記錄匯入。</translation>
    </message>
    <message>
        <source>Take this import back? The rows it added are removed and the rows it changed get their old values back.</source>
        <translation>撤回此次匯入？它新增的列將被刪除，它更改的列將還原原值。</translation>
    </message>
    <message>
        <source>Taking the import back…</source>
        <translation>正在撤回匯入…</translation>
    </message>
    <message>
        <source>The import was taken back; the workspace is as before.</source>
        <translation>匯入已撤回；工作區還原原樣。</translation>
    </message>
    <message>
        <source>Rejected rows saved to {0}.</source>
        <translation>被拒絕的列已儲存到 {0}。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在開始…</translation>
    </message>
    <message>
        <source>Everything is written in one go: if you cancel, nothing is kept.</source>
        <translation>所有內容一次寫入：如果取消，則不保留任何內容。</translation>
    </message>
    <message>
        <source>Importing {0} from {1}</source>
        <translation>正在從 {1} 匯入 {0}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The import stopped on an unexpected error ({0}); nothing was written.</source>
        <translation>匯入因意外錯誤停止（{0}）；沒有寫入任何內容。</translation>
    </message>
    <message>
        <source>Nothing was imported. Click Finish and start again when ready.</source>
        <translation>沒有匯入任何內容。準備好後點擊「完成」並重新開始。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>File and detected settings</source>
        <translation>檔案與偵測到的設定</translation>
    </message>
    <message>
        <source>Check what Dealbook found; change anything that looks wrong.</source>
        <translation>檢查 Dealbook 找到的內容；修改任何看起來不對的地方。</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>選擇其他檔案…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
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
        <translation>西歐語言 (Windows-1252)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>中歐語言 (Windows-1250)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>西里爾文 (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>西里爾文 (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>希臘語 (Windows-1253)</translation>
    </message>
    <message>
        <source>Turkish (Windows-1254)</source>
        <translation>土耳其語 (Windows-1254)</translation>
    </message>
    <message>
        <source>Simplified Chinese (GB18030)</source>
        <translation>簡體中文 (GB18030)</translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5)</source>
        <translation>繁體中文 (Big5)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>日語 (Shift-JIS)</translation>
    </message>
    <message>
        <source>Korean (EUC-KR)</source>
        <translation>韓語 (EUC-KR)</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>檔案內容</translation>
    </message>
    <message>
        <source>Exported from</source>
        <translation>匯出自</translation>
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
        <translation>文字編碼</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>尚未選擇檔案。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; &lt;span style=&apos;color:#5f6673&apos;&gt;in {1}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; &lt;span style=&apos;color:#5f6673&apos;&gt;位於 {1}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
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
        <translation>{0}，與其他日期欄相同</translation>
    </message>
    <message>
        <source>⚠ The dates in {0} could be day-first or month-first. Dealbook reads them {1}; if that is wrong, change Dates above.</source>
        <translation>⚠ {0} 中的日期可能是日在前或月在前。Dealbook 按{1}讀取；如果不對，請修改上方的「日期」。</translation>
    </message>
    <message>
        <source>No known CRM layout: columns matched by their names</source>
        <translation>沒有已知的 CRM 格式：按欄名匹配</translation>
    </message>
    <message>
        <source>Detected: a Dealbook export</source>
        <translation>偵測到：Dealbook 匯出檔案</translation>
    </message>
    <message>
        <source>Detected: {0} export ({1} % sure)</source>
        <translation>偵測到：{0} 匯出檔案（{1} % 確定）</translation>
    </message>
    <message>
        <source>header on line {0}</source>
        <translation>標題列在第 {0} 列</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} 列</translation>
    </message>
    <message>
        <source>{0} footer lines skipped</source>
        <translation>略過了 {0} 列頁尾</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>Preview: the first {0} of {1} rows, as Dealbook will store them</source>
        <translation>預覽：{1} 列中的前 {0} 列，按 Dealbook 的儲存方式顯示</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Three-letter code, e.g. USD, EUR, GBP</source>
        <translation>三個字母的代碼，例如 CNY、USD、EUR</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>本位幣</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Default customer lifetime</source>
        <translation>預設客戶生命週期</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>A rep&apos;s working week, the base of &apos;time spent selling&apos;.</source>
        <translation>銷售代表每週工作時間，「銷售時間佔比」的基礎。</translation>
    </message>
    <message>
        <source>Working hours per week</source>
        <translation>每週工作小時</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>New rate…</source>
        <translation>新匯率…</translation>
    </message>
    <message>
        <source>Exchange rates (units of the base currency per unit)</source>
        <translation>匯率（每單位折合本位幣）</translation>
    </message>
    <message>
        <source>Pipeline stages</source>
        <translation>管道階段</translation>
    </message>
    <message>
        <source>In order from first contact to closing; Won and Lost are statuses.</source>
        <translation>按從首次接觸到成交的順序；贏單和輸單是狀態。</translation>
    </message>
    <message>
        <source>NPS and reports</source>
        <translation>NPS 與報告</translation>
    </message>
    <message>
        <source>Standard (detractors 0–6, promoters 9–10)</source>
        <translation>標準（批評者 0–6，推薦者 9–10）</translation>
    </message>
    <message>
        <source>0–5 detractors, 6–8 passives</source>
        <translation>0–5 批評者，6–8 被動者</translation>
    </message>
    <message>
        <source>NPS scheme</source>
        <translation>NPS 方案</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>公司名稱</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Logo for reports</source>
        <translation>報告標誌</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>儲存設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Language of Dealbook</source>
        <translation>Dealbook 的語言</translation>
    </message>
    <message>
        <source>Saved for this computer; Dealbook speaks it from its next start.</source>
        <translation>此設定儲存在這台電腦上；Dealbook 下次啟動時生效。</translation>
    </message>
    <message>
        <source>Show large amounts in 万 / 亿</source>
        <translation>大金額以 萬 / 億 顯示</translation>
    </message>
    <message>
        <source>In Chinese: 12,345,678 reads 1,234.6万 and 123,456,789 reads 1.23亿, in the window, the review and its spreadsheet.</source>
        <translation>中文介面中：12,345,678 顯示為 1,234.6萬，123,456,789 顯示為 1.23億，適用於視窗、檢討報告及其試算表。</translation>
    </message>
    <message>
        <source>Saved. Restart Dealbook to see it in the language you chose.</source>
        <translation>已儲存。重新啟動 Dealbook 即可使用所選語言。</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>選擇標誌</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
</context>
<context>
    <name>StagesEditor</name>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>機率 %</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
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
        <translation>新階段</translation>
    </message>
    <message>
        <source>The probability of %1 must be a number from 0 to 100.</source>
        <translation>%1 的機率必須是 0 到 100 之間的數字。</translation>
    </message>
</context>
<context>
    <name>StagesPage</name>
    <message>
        <source>Stages</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Each stage of your old CRM becomes an outcome and a stage of your pipeline.</source>
        <translation>舊 CRM 的每個階段都會成為一個結果和您管道中的一個階段。</translation>
    </message>
    <message>
        <source>Stage in the file</source>
        <translation>檔案中的階段</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Stage in your pipeline</source>
        <translation>您管道中的階段</translation>
    </message>
    <message>
        <source>Use these stages as my pipeline (first import only)</source>
        <translation>將這些階段用作我的管道（僅首次匯入）</translation>
    </message>
    <message>
        <source>Name, to reuse this mapping next time</source>
        <translation>名稱，以便下次重用此對應</translation>
    </message>
    <message>
        <source>Save mapping as</source>
        <translation>對應另存為</translation>
    </message>
    <message>
        <source>Open (or from a status column)</source>
        <translation>進行中（或取自狀態欄）</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>（無階段）</translation>
    </message>
    <message>
        <source>This file has no stage column.</source>
        <translation>此檔案沒有階段欄。</translation>
    </message>
    <message>
        <source>{0} stages in the file: {1} open, {2} won, {3} lost. Won deals are placed in the last stage of your pipeline; lost deals keep no stage.</source>
        <translation>檔案中有 {0} 個階段：{1} 個進行中，{2} 個贏單，{3} 個輸單。贏單的商機放在管道的最後一個階段；輸單的商機不保留階段。</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>New…</source>
        <extracomment>kinds whose table is a frame of the context&apos;s dataset (same columns, with ids) emitted after the rows were (re)loaded and filtered</extracomment>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Nothing here yet. Use “New…” to add the first row, or import a file.</source>
        <translation>這裡還沒有內容。使用「新增…」新增第一列，或匯入檔案。</translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translation>匯出顯示的列</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV 檔案 (*.csv);;Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在儲存 %1…</translation>
    </message>
    <message>
        <source>Exported %n row(s) to %1.</source>
        <translation>已匯出 %n 列到 %1。</translation>
    </message>
    <message>
        <source>%Ln row(s)</source>
        <translation>%Ln 列</translation>
    </message>
    <message>
        <source>Delete %n selected row(s)? You can undo this with Ctrl+Z.</source>
        <translation>刪除所選的 %n 列？可以用 Ctrl+Z 復原。</translation>
    </message>
    <message>
        <source>%1 of %Ln row(s)</source>
        <translation>%1 / %Ln 列</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>團隊</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>配額</translation>
    </message>
    <message>
        <source>New quota…</source>
        <translation>新增配額…</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>銷售預測</translation>
    </message>
    <message>
        <source>New forecast…</source>
        <translation>新增銷售預測…</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>銷售代表</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Dealbook</source>
        <translation>歡迎使用 Dealbook</translation>
    </message>
    <message>
        <source>Your sales numbers, on your own computer. How would you like to start?</source>
        <translation>您的銷售數字，在您自己的電腦上。您想如何開始？</translation>
    </message>
    <message>
        <source>Import from your CRM</source>
        <translation>從 CRM 匯入</translation>
    </message>
    <message>
        <source>Bring in the CSV or Excel export of Salesforce, HubSpot, Pipedrive, Zoho, Odoo or any spreadsheet. You can also drop the file on this window.</source>
        <translation>匯入 Salesforce、HubSpot、Pipedrive、Zoho、Odoo 或任何試算表的 CSV 或 Excel 匯出檔案。也可以將檔案拖到此視窗。</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>匯入檔案…</translation>
    </message>
    <message>
        <source>Enter your first deal</source>
        <translation>輸入第一個商機</translation>
    </message>
    <message>
        <source>Start from scratch and type your deals in as they happen.</source>
        <translation>從零開始，隨時輸入您的商機。</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新增商機…</translation>
    </message>
    <message>
        <source>Explore the demo company</source>
        <translation>瀏覽示範公司</translation>
    </message>
    <message>
        <source>Look around with two years of realistic made-up sales. The demo lives in its own file and never mixes with your data.</source>
        <translation>用兩年逼真的虛構銷售資料隨意看看。示範資料儲存在單獨的檔案中，絕不會與您的資料混在一起。</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>開啟示範</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>新增資料庫…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Connect to team database…</source>
        <translation>連線團隊資料庫…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>列印預覽…</translation>
    </message>
    <message>
        <source>Save review as</source>
        <translation>報告另存為</translation>
    </message>
    <message>
        <source>PDF, HTML or Excel…</source>
        <translation>PDF、HTML 或 Excel…</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>從備份還原…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>取消復原</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新增商機…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>KPI formulas</source>
        <translation>KPI 公式</translation>
    </message>
    <message>
        <source>Enter licence…</source>
        <translation>輸入授權…</translation>
    </message>
    <message>
        <source>About Dealbook</source>
        <translation>關於 Dealbook</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>Dealbook database (*.sqlite)</source>
        <translation>Dealbook 資料庫 (*.sqlite)</translation>
    </message>
    <message>
        <source>That file exists already; choose another name.</source>
        <translation>該檔案已存在；請另選一個名稱。</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>Dealbook database (*.sqlite *.db);;All files (*)</source>
        <translation>Dealbook 資料庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reports are not available in this build.</source>
        <translation>此版本不含報告功能。</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>備份已儲存：%1</translation>
    </message>
    <message>
        <source>Saving a backup…</source>
        <translation>正在儲存備份…</translation>
    </message>
    <message>
        <source>A team database is restored on its server with pg_restore by whoever looks after it (see docs/team.md); Dealbook does not restore it.</source>
        <translation>團隊資料庫由其維護人員在伺服器上用 pg_restore 還原（見 docs/team.md）；Dealbook 不還原團隊資料庫。</translation>
    </message>
</context>
<context>
    <name>cards</name>
    <message>
        <source>%Ln deal(s) left out: no exchange rate</source>
        <translation>%Ln 個商機未計入：沒有匯率</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>No data in this period</source>
        <translation>本期間沒有資料</translation>
    </message>
    <message>
        <source>No deals in this period</source>
        <translation>本期間沒有商機</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>100 % of entries</source>
        <translation>入口的 100 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Deals: {1}&lt;br&gt;Value: {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;商機：{1}&lt;br&gt;金額：{2}</translation>
    </message>
    <message>
        <source>{0} of previous</source>
        <translation>上期的 {0}</translation>
    </message>
    <message>
        <source>{0} overall · {1} dropped</source>
        <translation>總體 {0} · 流失 {1}</translation>
    </message>
    <message>
        <source>Conversion from previous: {0}&lt;br&gt;Overall: {1}&lt;br&gt;Drop-off: {2}</source>
        <translation>相對上一步的轉換率：{0}&lt;br&gt;總體：{1}&lt;br&gt;流失：{2}</translation>
    </message>
    <message>
        <source>No NPS answers in this period</source>
        <translation>本期間沒有 NPS 回答</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>批評者</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>被動者</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>推薦者</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;NPS: {1}&lt;br&gt;Answers: {2}&lt;br&gt;Promoters: {3}&lt;br&gt;Passives: {4}&lt;br&gt;Detractors: {5}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;NPS：{1}&lt;br&gt;回答：{2}&lt;br&gt;推薦者：{3}&lt;br&gt;被動者：{4}&lt;br&gt;批評者：{5}</translation>
    </message>
    <message>
        <source>Open value</source>
        <translation>進行中金額</translation>
    </message>
    <message>
        <source>Weighted by probability</source>
        <translation>按機率加權</translation>
    </message>
    <message>
        <source>No open pipeline to show</source>
        <translation>沒有可顯示的進行中管道</translation>
    </message>
    <message>
        <source>Weighted pipeline {0} · Coverage {1}</source>
        <translation>加權管道金額 {0} · 覆蓋率 {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Open deals: {1}&lt;br&gt;Value: {2}&lt;br&gt;Weighted: {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;進行中商機：{1}&lt;br&gt;金額：{2}&lt;br&gt;加權：{3}</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>銷售漏斗</translation>
    </message>
    <message>
        <source>Revenue by month, against the year before</source>
        <translation>按月銷售額，與上年同期對比</translation>
    </message>
    <message>
        <source>Revenue by source</source>
        <translation>按來源的銷售額</translation>
    </message>
    <message>
        <source>Win rate by source</source>
        <translation>各來源贏單率</translation>
    </message>
    <message>
        <source>Customer acquisition cost by source</source>
        <translation>各來源客戶獲取成本</translation>
    </message>
    <message>
        <source>Net Promoter Score by month</source>
        <translation>按月淨推薦值</translation>
    </message>
    <message>
        <source>Open pipeline at period end</source>
        <translation>期末的進行中管道</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>No months in this period</source>
        <translation>本期間沒有月份</translation>
    </message>
    <message>
        <source>Year before</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Revenue: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;銷售額：{1}</translation>
    </message>
    <message>
        <source>Revenue: {0}</source>
        <translation>銷售額：{0}</translation>
    </message>
    <message>
        <source>Share of period: {0}</source>
        <translation>佔本期：{0}</translation>
    </message>
    <message>
        <source>{0}: {1} (change {2})</source>
        <translation>{0}：{1}（變化 {2}）</translation>
    </message>
    <message>
        <source>No new customers from this source</source>
        <translation>此來源沒有新增客戶</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Revenue: {1}&lt;br&gt;Share: {2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;銷售額：{1}&lt;br&gt;佔比：{2}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Win rate: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;贏單率：{1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;CAC: {1}&lt;br&gt;Spend: {2}&lt;br&gt;New customers: {3}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;客戶獲取成本：{1}&lt;br&gt;支出：{2}&lt;br&gt;新增客戶：{3}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{0} cannot be {1}: choose one of {2}</source>
        <translation>{0} 不能是 {1}：請從 {2} 中選擇一個</translation>
    </message>
    <message>
        <source>{0} must be a number, not {1}</source>
        <translation>{0} 必須是數字，不能是 {1}</translation>
    </message>
    <message>
        <source>{0} are required</source>
        <translation>必須提供 {0}</translation>
    </message>
    <message>
        <source>{0} is required</source>
        <translation>必須提供 {0}</translation>
    </message>
    <message>
        <source>{0} needs a value</source>
        <translation>{0} 需要一個值</translation>
    </message>
    <message>
        <source>{0} takes no value, not {1}</source>
        <translation>{0} 不接受值，不能寫 {1}</translation>
    </message>
    <message>
        <source>Dealbook does not know {0}</source>
        <translation>Dealbook 不認識 {0}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示此說明訊息並結束</translation>
    </message>
    <message>
        <source>{0}: {1}. See `{0} --help`.</source>
        <translation>{0}：{1}。請參閱 `{0} --help`。</translation>
    </message>
    <message>
        <source>Dealbook: the offline sales-KPI desk. Without a command, opens the window.</source>
        <translation>Dealbook：離線的銷售 KPI 工作台。不帶命令時開啟視窗。</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>顯示版本號並結束</translation>
    </message>
    <message>
        <source>database file (default: your Dealbook data folder)</source>
        <translation>資料庫檔案（預設：你的 Dealbook 資料夾）</translation>
    </message>
    <message>
        <source>check this installation end to end in a temporary folder and exit</source>
        <translation>在暫存資料夾中完整檢查本次安裝，然後結束</translation>
    </message>
    <message>
        <source>{0} is empty: give a value, or leave {0} out.</source>
        <translation>{0} 為空：請給出一個值，或省略 {0}。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Dealbook stopped on an unexpected error ({0}: {1}). Please report this message; the log file has the details.</source>
        <translation>Dealbook 因意外錯誤而停止（{0}：{1}）。請報告此訊息；日誌檔案中有詳細資訊。</translation>
    </message>
    <message>
        <source>database file or team database URL (postgresql://user@host/db; default: DEALBOOK_DB, else the workspace the window opened last, else dealbook.sqlite in your data folder)</source>
        <translation>資料庫檔案或團隊資料庫 URL（postgresql://user@host/db；預設：DEALBOOK_DB，否則為視窗上次開啟的工作區，否則為資料夾中的 dealbook.sqlite）</translation>
    </message>
    <message>
        <source>--db is empty: give the path of a database file, or leave --db out.</source>
        <translation>--db 為空：請給出資料庫檔案的路徑，或省略 --db。</translation>
    </message>
    <message>
        <source>No data of your own yet: reading the demo company ({0}). Import a file or give --db to read another database.</source>
        <translation>還沒有您自己的資料：正在讀取示範公司（{0}）。請匯入檔案，或用 --db 指定其他資料庫。</translation>
    </message>
    <message>
        <source>Dealbook cannot read {0}.</source>
        <translation>Dealbook 無法讀取 {0}。</translation>
    </message>
    <message>
        <source>No database at {0}. Create one with `dealbook demo --db {0}` or import a file.</source>
        <translation>{0} 處沒有資料庫。請用 `dealbook demo --db {0}` 建立一個，或匯入檔案。</translation>
    </message>
    <message>
        <source>Dealbook computes KPIs for dates from {0} to {1}: choose a period inside those dates (not {2} to {3}).</source>
        <extracomment>the dates KPIs are computed for: pandas&apos; datetimes end in 1677 and 2262, and a period is compared with the one before it and set beside the year before</extracomment>
        <translation>Dealbook 計算 {0} 至 {1} 之間日期的 KPI：請選擇這段日期內的期間（而不是 {2} 至 {3}）。</translation>
    </message>
    <message>
        <source>The period {0} to {1} is too long: the period just before it, which it is compared with, would start before {2}. Choose a shorter period.</source>
        <translation>期間 {0} 至 {1} 太長：用於對比的上一期將早於 {2} 年開始。請選擇更短的期間。</translation>
    </message>
    <message>
        <source>{0} is not a valid year.</source>
        <translation>{0} 不是有效的年份。</translation>
    </message>
    <message>
        <source>{0} is not a valid month: use 01 to 12, as in 2025-03.</source>
        <translation>{0} 不是有效的月份：請使用 01 到 12，例如 2025-03。</translation>
    </message>
    <message>
        <source>{0} is not a period. Write a year (2025), a quarter (2025-Q1) or a month (2025-03).</source>
        <translation>{0} 不是期間。請寫年份（2025）、季度（2025-Q1）或月份（2025-03）。</translation>
    </message>
    <message>
        <source>The period ends ({0}) before it starts ({1}): give --from before --to.</source>
        <translation>期間的結束日期（{0}）早於開始日期（{1}）：--from 須早於 --to。</translation>
    </message>
    <message>
        <source>rep</source>
        <extracomment>the filters&apos; names in the heading of the table</extracomment>
        <translation>銷售代表</translation>
    </message>
    <message>
        <source>source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>compute every KPI of a period</source>
        <translation>計算某一期間的全部 KPI</translation>
    </message>
    <message>
        <source>Compute every KPI of a period (default: the last full calendar month) and print them as a table, or as JSON with --json.</source>
        <translation>計算某一期間（預設：上一個完整的日曆月）的全部 KPI，並以表格輸出，或用 --json 以 JSON 輸出。</translation>
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
        <translation>最後一天（預設：今天）</translation>
    </message>
    <message>
        <source>only this rep</source>
        <translation>僅此銷售代表</translation>
    </message>
    <message>
        <source>only this lead source</source>
        <translation>僅此潛在客戶來源</translation>
    </message>
    <message>
        <source>only this product</source>
        <translation>僅此產品</translation>
    </message>
    <message>
        <source>print the KPI object as JSON</source>
        <translation>以 JSON 輸出 KPI 物件</translation>
    </message>
    <message>
        <source>{0} {1} is not a date. Write it as YYYY-MM-DD.</source>
        <translation>{0} {1} 不是日期。請按 YYYY-MM-DD 書寫。</translation>
    </message>
    <message>
        <source>Give either --period or --from/--to, not both.</source>
        <translation>請給出 --period 或 --from/--to，不能同時給出。</translation>
    </message>
    <message>
        <source>--to needs --from: give the first day of the period too.</source>
        <translation>--to 需要 --from：請同時給出期間的第一天。</translation>
    </message>
    <message>
        <source>There is no rep named {0} ({1}). Known reps: {2}.</source>
        <translation>沒有名為 {0} 的銷售代表（{1}）。已知的銷售代表：{2}。</translation>
    </message>
    <message>
        <source>There is no rep named {0} ({1}). This database has no rep yet.</source>
        <translation>沒有名為 {0} 的銷售代表（{1}）。此資料庫還沒有銷售代表。</translation>
    </message>
    <message>
        <source>There is no source named {0} ({1}). Known sources: {2}.</source>
        <translation>沒有名為 {0} 的來源（{1}）。已知的來源：{2}。</translation>
    </message>
    <message>
        <source>There is no source named {0} ({1}). This database has no source yet.</source>
        <translation>沒有名為 {0} 的來源（{1}）。此資料庫還沒有來源。</translation>
    </message>
    <message>
        <source>There is no product named {0} ({1}). Known products: {2}.</source>
        <translation>沒有名為 {0} 的產品（{1}）。已知的產品：{2}。</translation>
    </message>
    <message>
        <source>There is no product named {0} ({1}). This database has no product yet.</source>
        <translation>沒有名為 {0} 的產品（{1}）。此資料庫還沒有產品。</translation>
    </message>
    <message>
        <source>KPIs for {0} ({1} to {2}), compared with {3} to {4}</source>
        <translation>{0} 的 KPI（{1} 至 {2}），與 {3} 至 {4} 對比</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Currency {0}; only {1}</source>
        <translation>幣別 {0}；僅限 {1}</translation>
    </message>
    <message>
        <source>Currency {0}</source>
        <translation>幣別 {0}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
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
        <translation>變化</translation>
    </message>
    <message>
        <source>%Ln deal(s) left out of money KPIs: no exchange rate for their currency.</source>
        <translation>%Ln 個商機未計入金額類 KPI：其幣別沒有匯率。</translation>
    </message>
    <message>
        <source>copy the database to the backup folder now</source>
        <translation>立即將資料庫複製到備份資料夾</translation>
    </message>
    <message>
        <source>Copy the database to its backup folder now (the newest 10 are kept).</source>
        <translation>立即將資料庫複製到其備份資料夾（保留最新的 10 個）。</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>以 JSON 輸出結果</translation>
    </message>
    <message>
        <source>put a backup&apos;s data back into the database</source>
        <translation>將備份中的資料放回資料庫</translation>
    </message>
    <message>
        <source>Replace the database&apos;s data with a backup&apos;s. The data it replaces is kept as a backup first.</source>
        <translation>用備份中的資料取代資料庫中的資料。被取代的資料會先保留為一個備份。</translation>
    </message>
    <message>
        <source>the backup file (.sqlite)</source>
        <translation>備份檔案（.sqlite）</translation>
    </message>
    <message>
        <source>Backed up {0} to {1}</source>
        <translation>已將 {0} 備份到 {1}</translation>
    </message>
    <message>
        <source>Restored {0} into {1}. The data it replaced is kept as {2}.</source>
        <translation>已將 {0} 還原到 {1}。被替換的資料保留為 {2}。</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>銷售代表</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>products</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>stage history</source>
        <translation>階段歷史</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>線索</translation>
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
        <translation>配額</translation>
    </message>
    <message>
        <source>forecasts</source>
        <translation>銷售預測</translation>
    </message>
    <message>
        <source>rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>fill a database with realistic demo data</source>
        <translation>用逼真的示範資料填入資料庫</translation>
    </message>
    <message>
        <source>Fill a new or empty database with a believable small B2B company: customers from before its first year, then whole calendar years up to today of deals, contracts renewed or lost, leads, the reps&apos; activities, spend, NPS answers, quotas and forecasts.</source>
        <translation>用一家可信的小型 B2B 公司填入新的或空的資料庫：第一年之前的客戶，然後是截至今天的完整日曆年的商機、續約或流失的合約、線索、銷售代表的銷售活動、行銷與銷售支出、NPS 回覆、配額和銷售預測。</translation>
    </message>
    <message>
        <source>number of deals (default 1500); the company&apos;s size follows</source>
        <translation>商機數量（預設 1500）；公司規模隨之而定</translation>
    </message>
    <message>
        <source>same seed, same data (default: random)</source>
        <translation>相同的種子，相同的資料（預設：隨機）</translation>
    </message>
    <message>
        <source>print the counts as JSON</source>
        <translation>以 JSON 輸出計數</translation>
    </message>
    <message>
        <source>--deals must lie between 1 and {0}.</source>
        <translation>--deals 必須在 1 到 {0} 之間。</translation>
    </message>
    <message>
        <source>Demo company written to {0} in {1} s:</source>
        <translation>示範公司已寫入 {0}，用時 {1} 秒：</translation>
    </message>
    <message>
        <source>write a table as CSV or XLSX in the native format</source>
        <translation>以原生格式將表寫為 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>Write one table as CSV (UTF-8) or XLSX with the native column names, ready to import again.</source>
        <translation>將一張表以原生欄名寫為 CSV（UTF-8）或 XLSX，可直接再次匯入。</translation>
    </message>
    <message>
        <source>which table (default deals)</source>
        <translation>哪張表（預設 deals）</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.xlsx</source>
        <translation>FILE.csv 或 FILE.xlsx</translation>
    </message>
    <message>
        <source>--out {0} must end in .csv or .xlsx.</source>
        <translation>--out {0} 必須以 .csv 或 .xlsx 結尾。</translation>
    </message>
    <message>
        <source>%Ln row(s) of {0} written to {1}</source>
        <translation>已將 {0} 的 %Ln 列寫入 {1}</translation>
    </message>
    <message>
        <source>list past imports</source>
        <translation>列出以往的匯入</translation>
    </message>
    <message>
        <source>print the list as JSON</source>
        <translation>以 JSON 輸出清單</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>還沒有匯入。</translation>
    </message>
    <message>
        <source>undone {0}</source>
        <translation>已於 {0} 復原</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>imported {0}, updated {1}, rejected {2}</source>
        <translation>匯入 {0}，更新 {1}，拒絕 {2}</translation>
    </message>
    <message>
        <source>write the sales review of a period as PDF, HTML or XLSX</source>
        <translation>將某一期間的銷售檢討報告寫為 PDF、HTML 或 XLSX</translation>
    </message>
    <message>
        <source>Write the sales review of a period as PDF, HTML or XLSX.</source>
        <translation>將某一期間的銷售檢討報告寫為 PDF、HTML 或 XLSX。</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>最後一天（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>paper size of a PDF (default: the one usual where you are)</source>
        <translation>PDF 的紙張大小（預設：你所在地常用的大小）</translation>
    </message>
    <message>
        <source>FILE.pdf, .html or .xlsx</source>
        <translation>FILE.pdf、.html 或 .xlsx</translation>
    </message>
    <message>
        <source>{0} {1} is not a date: write it as YYYY-MM-DD.</source>
        <translation>{0} {1} 不是日期：請按 YYYY-MM-DD 書寫。</translation>
    </message>
    <message>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>請給出 --period 或 --from 和 --to，不能同時給出。</translation>
    </message>
    <message>
        <source>Say which period to report: --period 2025-Q1, or --from DATE --to DATE.</source>
        <translation>請說明報告哪個期間：--period 2025-Q1，或 --from 日期 --to 日期。</translation>
    </message>
    <message>
        <source>%Ln page(s)</source>
        <translation>%Ln 頁</translation>
    </message>
    <message>
        <source>%Ln sheet(s)</source>
        <translation>%Ln 個工作表</translation>
    </message>
    <message>
        <source>take one import back</source>
        <translation>撤銷一次匯入</translation>
    </message>
    <message>
        <source>the import number (see imports)</source>
        <translation>匯入編號（見 imports）</translation>
    </message>
    <message>
        <source>%Ln row(s) removed</source>
        <translation>刪除了 %Ln 列</translation>
    </message>
    <message>
        <source>%Ln row(s) restored</source>
        <translation>還原了 %Ln 列</translation>
    </message>
    <message>
        <source>Import {0} undone: {1}, {2}.</source>
        <translation>匯入 {0} 已復原：{1}，{2}。</translation>
    </message>
    <message>
        <source>import a CSV/XLSX/XLS/ODS export of your CRM or a native Dealbook file</source>
        <translation>匯入 CRM 匯出的 CSV/XLSX/XLS/ODS 檔案或 Dealbook 原生檔案</translation>
    </message>
    <message>
        <source>Import a CSV, TSV, XLSX, XLS or ODS file. Rows that break the rules are listed, the rest imports; importing the same file again adds nothing.</source>
        <translation>匯入 CSV、TSV、XLSX、XLS 或 ODS 檔案。違反規則的資料列會被列出，其餘的照常匯入；再次匯入同一檔案不會新增任何內容。</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <source>what the file holds</source>
        <translation>檔案中的內容類型</translation>
    </message>
    <message>
        <source>the CRM that wrote the file (default: detect it)</source>
        <translation>寫出此檔案的 CRM（預設：自動識別）</translation>
    </message>
    <message>
        <source>check and count, write nothing</source>
        <translation>只檢查和計數，不寫入任何內容</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>以 JSON 輸出報告</translation>
    </message>
    <message>
        <source>day/month order for date columns that cannot tell</source>
        <translation>無法判斷日/月順序的日期欄所用的順序</translation>
    </message>
    <message>
        <source>the workbook sheet to read (default: the first)</source>
        <translation>要讀取的工作表（預設：第一個）</translation>
    </message>
    <message>
        <source>the text encoding of a CSV file (e.g. utf-8, cp1252, gb18030, shift_jis); default: detect it from the whole file</source>
        <translation>CSV 檔案的文字編碼（例如 utf-8、cp1252、gb18030、shift_jis）；預設：根據整個檔案識別</translation>
    </message>
    <message>
        <source>first import into an empty workspace: use the CRM&apos;s open stages</source>
        <translation>首次匯入空工作區時：使用 CRM 的進行中階段</translation>
    </message>
    <message>
        <source>use COLUMN for FIELD (repeatable), e.g. --map title=opportunity_id</source>
        <translation>用 COLUMN 欄作為 FIELD 欄位（可重複），例如 --map title=opportunity_id</translation>
    </message>
    <message>
        <source>a saved mapping: {&apos;preset&apos;, &apos;columns&apos;: {column: field}, &apos;stages&apos;: {...}}</source>
        <translation>已儲存的對應：{&apos;preset&apos;, &apos;columns&apos;: {column: field}, &apos;stages&apos;: {...}}</translation>
    </message>
    <message>
        <source>--map &apos;{0}&apos; is not FIELD=COLUMN; write e.g. --map title=Name.</source>
        <translation>--map &apos;{0}&apos; 不是 欄位=欄 的形式；請寫成例如 --map title=Name。</translation>
    </message>
    <message>
        <source>--map: &apos;{0}&apos; is not a field of {1}; use one of: {2}.</source>
        <translation>--map：&apos;{0}&apos; 不是 {1} 的欄位；請使用以下之一：{2}。</translation>
    </message>
    <message>
        <source>The mapping file {0} does not exist; check its name.</source>
        <translation>對應檔案 {0} 不存在；請檢查其名稱。</translation>
    </message>
    <message>
        <source>The mapping file {0} is not a JSON object of columns and stages; save the mapping again from the import wizard.</source>
        <translation>對應檔案 {0} 不是包含欄和階段的 JSON 物件；請從匯入精靈重新儲存對應。</translation>
    </message>
    <message>
        <source>The mapping file {0} has no &apos;columns&apos; object; it should look like {1}.</source>
        <translation>對應檔案 {0} 沒有 &apos;columns&apos; 物件；它應該類似 {1}。</translation>
    </message>
    <message>
        <source>The mapping file maps &apos;{0}&apos; to &apos;{1}&apos;, which is not a field of {2}.</source>
        <translation>對應檔案將 &apos;{0}&apos; 對應到 &apos;{1}&apos;，但它不是 {2} 的欄位。</translation>
    </message>
    <message>
        <source>The mapping file {0} has a &apos;stages&apos; entry that is not an object.</source>
        <translation>對應檔案 {0} 的 &apos;stages&apos; 項不是物件。</translation>
    </message>
    <message>
        <source>The mapping file names the unknown preset &apos;{0}&apos;.</source>
        <translation>對應檔案指定了未知的預設 &apos;{0}&apos;。</translation>
    </message>
    <message>
        <source>Imported {0}, updated {1}, already there {2}, duplicates {3}, rejected {4}.</source>
        <translation>匯入 {0}，更新 {1}，已存在 {2}，重複 {3}，拒絕 {4}。</translation>
    </message>
    <message>
        <source>(dry run: nothing written)</source>
        <translation>（試執行：未寫入任何內容）</translation>
    </message>
    <message>
        <source>{0}: {1} ({2}), %Ln row(s) read.</source>
        <translation>{0}：{1}（{2}），讀取了 %Ln 列。</translation>
    </message>
    <message>
        <source>Nothing new in this file: the database is unchanged and no import is recorded.</source>
        <translation>此檔案中沒有新內容：資料庫未改變，也沒有記錄匯入。</translation>
    </message>
    <message>
        <source>Note: {0}.</source>
        <translation>注意：{0}。</translation>
    </message>
    <message>
        <source>row {0} (line {1}): {2} - {3}</source>
        <translation>第 {0} 列（檔案第 {1} 列）：{2} - {3}</translation>
    </message>
    <message>
        <source>... and %Ln more (use --json for all)</source>
        <translation>…… 還有 %Ln 列（使用 --json 檢視全部）</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>警告：{0}</translation>
    </message>
    <message>
        <source>Dates in &apos;{0}&apos; could be read either way; read as {1} ({2}). Use --date-order to change.</source>
        <translation>&apos;{0}&apos; 中的日期兩種讀法都可能；已按 {1} 讀取（{2}）。使用 --date-order 可更改。</translation>
    </message>
    <message>
        <source>Deals: {0} open, {1} won, {2} lost.</source>
        <translation>商機：{0} 個進行中，{1} 個贏單，{2} 個輸單。</translation>
    </message>
    <message>
        <source>Import {0}; take it back with: dealbook undo-import {0}</source>
        <translation>匯入 {0}；撤回請用：dealbook undo-import {0}</translation>
    </message>
    <message>
        <source>{0} deals have no amount; they are imported without one.</source>
        <translation>{0} 個商機沒有金額；匯入時不帶金額。</translation>
    </message>
    <message>
        <source>{0} rows have text starting with = + - or @; it is kept as plain text.</source>
        <translation>{0} 列的文字以 = + - 或 @ 開頭；按純文字儲存。</translation>
    </message>
    <message>
        <source>{0} date columns could be day-first or month-first (see below).</source>
        <translation>{0} 個日期欄可能是日在前或月在前（見下文）。</translation>
    </message>
    <message>
        <source>{0} deals have a stage that matches no pipeline stage; they go to the first stage.</source>
        <translation>{0} 個商機的階段與管道階段都不匹配；它們放入第一個階段。</translation>
    </message>
    <message>
        <source>{0} deals are won and none is lost: if your CRM records lost deals in a column Dealbook did not use, map it (--map status=COLUMN).</source>
        <translation>{0} 個商機贏單而沒有輸單：如果您的 CRM 在 Dealbook 未使用的欄中記錄輸單，請對應該欄（--map status=欄名）。</translation>
    </message>
    <message>
        <source>all {0} deals are open: if the file says which are won or lost in a column Dealbook did not use, map it (--map status=COLUMN).</source>
        <translation>全部 {0} 個商機都在進行中：如果檔案在 Dealbook 未使用的欄中說明哪些贏單或輸單，請對應該欄（--map status=欄名）。</translation>
    </message>
    <message>
        <source>{0} deals close before they were created; check the date columns.</source>
        <translation>{0} 個商機的結束日期早於建立日期；請檢查日期欄。</translation>
    </message>
    <message>
        <source>{0} columns look like won/lost statuses but were not used; map one with --map status=COLUMN.</source>
        <translation>{0} 欄看起來像贏單/輸單狀態但未被使用；請用 --map status=欄名 對應其中一欄。</translation>
    </message>
    <message>
        <source>{0} columns look like amounts but were not used; map one with --map amount=COLUMN.</source>
        <translation>{0} 欄看起來像金額但未被使用；請用 --map amount=欄名 對應其中一欄。</translation>
    </message>
    <message>
        <source>the file has no name column: {0} deals are named by their record id.</source>
        <translation>檔案沒有名稱欄：{0} 個商機以記錄 ID 命名。</translation>
    </message>
    <message>
        <source>the file has no name column: {0} deals are named by their account and product.</source>
        <translation>檔案沒有名稱欄：{0} 個商機以客戶和產品命名。</translation>
    </message>
    <message>
        <source>{0} numbers like 1.234 could be thousands or decimals; they are read with their column&apos;s decimal mark: check them.</source>
        <translation>{0} 個形如 1.234 的數字既可能是千位也可能是小數；已按其所在欄的小數點讀取，請核對。</translation>
    </message>
    <message>
        <source>as the file&apos;s other date columns</source>
        <translation>與檔案中其他日期欄相同</translation>
    </message>
    <message>
        <source>from the file&apos;s number format</source>
        <translation>根據檔案的數字格式</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>預設</translation>
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
        <translation>{0} 是資料夾，不是資料庫檔案。請選擇一個 .sqlite 檔案。</translation>
    </message>
    <message>
        <source>set up a shared team database on a PostgreSQL server</source>
        <translation>在 PostgreSQL 伺服器上設定共用的團隊資料庫</translation>
    </message>
    <message>
        <source>Set up a team database on a PostgreSQL server, move a workspace into it and let people log in (see docs/team.md).</source>
        <translation>在 PostgreSQL 伺服器上設定團隊資料庫，把工作區遷入其中，並讓成員登入（見 docs/team.md）。</translation>
    </message>
    <message>
        <source>give an empty PostgreSQL database Dealbook&apos;s schema, roles and privileges</source>
        <translation>為空的 PostgreSQL 資料庫建立 Dealbook 的結構、角色和權限</translation>
    </message>
    <message>
        <source>Create Dealbook&apos;s tables, the roles dealbook_manager and dealbook_rep and their privileges in a PostgreSQL database. Run it as the server&apos;s administrator; running it again renews the privileges and changes no data.</source>
        <translation>在 PostgreSQL 資料庫中建立 Dealbook 的資料表、角色 dealbook_manager 和 dealbook_rep 及其權限。請以伺服器管理員身分執行；再次執行會更新權限，不會更改資料。</translation>
    </message>
    <message>
        <source>postgresql://admin@server/database</source>
        <translation>postgresql://管理員@伺服器/資料庫</translation>
    </message>
    <message>
        <source>move a workspace file into a new, empty team database</source>
        <translation>把工作區檔案遷入新的空團隊資料庫</translation>
    </message>
    <message>
        <source>Copy every table of a workspace file into an empty team database in one transaction, and check that each table has as many rows on both sides.</source>
        <translation>在一個交易中把工作區檔案的每個資料表複製到空的團隊資料庫，並檢查兩邊每個資料表的列數相同。</translation>
    </message>
    <message>
        <source>the workspace file (.sqlite)</source>
        <translation>工作區檔案（.sqlite）</translation>
    </message>
    <message>
        <source>let a person log in to the team database as a manager or a rep</source>
        <translation>讓一個人以經理或銷售代表身分登入團隊資料庫</translation>
    </message>
    <message>
        <source>Create a login on the server (or change its password and role) and say which rep it is. A manager sees and changes everything; a rep changes only their own deals, leads and activities.</source>
        <translation>在伺服器上建立登入名稱（或更改其密碼和角色），並指明它對應哪位銷售代表。經理可以檢視和更改一切；銷售代表只能更改自己的商機、線索和活動。</translation>
    </message>
    <message>
        <source>the person&apos;s login name (lowercase)</source>
        <translation>此人的登入名稱（小寫）</translation>
    </message>
    <message>
        <source>manager or rep</source>
        <translation>manager（經理）或 rep（銷售代表）</translation>
    </message>
    <message>
        <source>the rep this login is (required for a rep)</source>
        <translation>此登入名稱對應的銷售代表（銷售代表必填）</translation>
    </message>
    <message>
        <source>read the login&apos;s password from the first line of standard input</source>
        <translation>從標準輸入的第一行讀取該登入名稱的密碼</translation>
    </message>
    <message>
        <source>the team database (postgresql://...)</source>
        <translation>團隊資料庫（postgresql://...）</translation>
    </message>
    <message>
        <source>who you are on the team database, your role and what you see</source>
        <translation>您在團隊資料庫中的身分、角色以及能看到的內容</translation>
    </message>
    <message>
        <source>Show your login, role and rep on the team database and what you see.</source>
        <translation>顯示您在團隊資料庫中的登入名稱、角色和銷售代表，以及您能看到的內容。</translation>
    </message>
    <message>
        <source>postgresql://you@server/database</source>
        <translation>postgresql://您的登入名稱@伺服器/資料庫</translation>
    </message>
    <message>
        <source>print the status as JSON</source>
        <translation>以 JSON 輸出狀態</translation>
    </message>
    <message>
        <source>change a team setting</source>
        <translation>更改團隊設定</translation>
    </message>
    <message>
        <source>Change a setting of the team database (a manager or the administrator).</source>
        <translation>更改團隊資料庫的設定（經理或管理員）。</translation>
    </message>
    <message>
        <source>postgresql://manager@server/database</source>
        <translation>postgresql://經理@伺服器/資料庫</translation>
    </message>
    <message>
        <source>yes: a rep sees only their own deals, leads and activities; no: everything</source>
        <translation>yes：銷售代表只能看到自己的商機、線索和活動；no：可以看到全部</translation>
    </message>
    <message>
        <source>{0} is ready for a team. Next: move your workspace in with `dealbook team push`, then add each person with `dealbook team add-user`.</source>
        <translation>{0} 已可供團隊使用。下一步：用 `dealbook team push` 遷入您的工作區，再用 `dealbook team add-user` 新增每個人。</translation>
    </message>
    <message>
        <source>Moved {0} into {1}: every table has the same number of rows in both.</source>
        <translation>已將 {0} 遷入 {1}：兩邊每個資料表的列數都相同。</translation>
    </message>
    <message>
        <source>No password on standard input: write it on the first line.</source>
        <translation>標準輸入中沒有密碼：請把密碼寫在第一行。</translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>{0} 的密碼：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次輸入同一密碼：</translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>兩次輸入的密碼不同：沒有做任何更改。</translation>
    </message>
    <message>
        <source>Give the team database with --db postgresql://admin@server/database.</source>
        <translation>請用 --db postgresql://admin@server/database 指定團隊資料庫。</translation>
    </message>
    <message>
        <source>{0} can now log in to {1} as the rep {2}.</source>
        <translation>{0} 現在可以以銷售代表 {2} 的身分登入 {1}。</translation>
    </message>
    <message>
        <source>{0} can now log in to {1} as a manager.</source>
        <translation>{0} 現在可以以經理身分登入 {1}。</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>經理</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>not a member of the team</source>
        <translation>不是團隊成員</translation>
    </message>
    <message>
        <source>Team database: {0} on {1} as {2} ({3}).</source>
        <translation>團隊資料庫：{1} 上的 {0}，身分為 {2}（{3}）。</translation>
    </message>
    <message>
        <source>Rep: {0}</source>
        <translation>銷售代表：{0}</translation>
    </message>
    <message>
        <source>Reps see only their own deals, leads and activities.</source>
        <translation>銷售代表只能看到自己的商機、線索和活動。</translation>
    </message>
    <message>
        <source>Reps see every record and change only their own.</source>
        <translation>銷售代表可以看到所有記錄，但只能更改自己的。</translation>
    </message>
    <message>
        <source>You see {0} deals, {1} leads, {2} activities, {3} accounts and {4} reps.</source>
        <translation>您可以看到 {0} 個商機、{1} 條線索、{2} 項活動、{3} 個客戶和 {4} 位銷售代表。</translation>
    </message>
    <message>
        <source>Reps now see only their own deals, leads and activities.</source>
        <translation>現在銷售代表只能看到自己的商機、線索和活動。</translation>
    </message>
    <message>
        <source>Reps now see every record and change only their own.</source>
        <translation>現在銷售代表可以看到所有記錄，但只能更改自己的。</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Delete %n rows</source>
        <translation>刪除 %n 列</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Change %n rows</source>
        <translation>更改 %n 列</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <source>this deal</source>
        <translation>這個商機</translation>
    </message>
    <message>
        <source>this lead</source>
        <translation>這條線索</translation>
    </message>
    <message>
        <source>this activity</source>
        <translation>這筆銷售活動</translation>
    </message>
    <message>
        <source>this spend row</source>
        <translation>這筆行銷與銷售支出</translation>
    </message>
    <message>
        <source>this NPS answer</source>
        <translation>這筆 NPS 回答</translation>
    </message>
    <message>
        <source>this quota</source>
        <translation>這筆配額</translation>
    </message>
    <message>
        <source>this forecast</source>
        <translation>這筆銷售預測</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>這個客戶</translation>
    </message>
    <message>
        <source>this exchange rate</source>
        <translation>這筆匯率</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>這筆記錄</translation>
    </message>
    <message>
        <source>Someone else changed {0} while you were editing it: {1}. Reload it to see their version; your changes are kept in the form.</source>
        <translation>在您編輯{0}時，其他人修改了它：{1}。請重新載入以查看對方的版本；您的修改仍保留在表單中。</translation>
    </message>
    <message>
        <source>Someone else saved {0} while you were editing it. Reload it to see their version; your changes are kept in the form.</source>
        <translation>在您編輯{0}時，其他人儲存了它。請重新載入以查看對方的版本；您的修改仍保留在表單中。</translation>
    </message>
    <message>
        <source>Someone else deleted {0} while you were editing it: nothing was saved. Your changes are kept in the form; add it again if it is still needed.</source>
        <translation>在您編輯{0}時，其他人刪除了它：沒有儲存任何內容。您的修改仍保留在表單中；如仍需要，請重新新增。</translation>
    </message>
    <message>
        <source>another rep</source>
        <translation>另一位銷售代表</translation>
    </message>
    <message>
        <source>You can change only your own leads; this one belongs to {0}. Ask a manager to change it.</source>
        <translation>您只能修改自己的線索；這條線索屬於 {0}。請讓經理來修改。</translation>
    </message>
    <message>
        <source>You can change only your own activities; this one belongs to {0}. Ask a manager to change it.</source>
        <translation>您只能修改自己的銷售活動；這筆活動屬於 {0}。請讓經理來修改。</translation>
    </message>
    <message>
        <source>You can change only your own deals; this one belongs to {0}. Ask a manager to change it.</source>
        <translation>您只能修改自己的商機；這個商機屬於 {0}。請讓經理來修改。</translation>
    </message>
    <message>
        <source>You can add and keep only leads of your own: choose yourself as the owner, or ask a manager to hand it over.</source>
        <translation>您只能新增和保留自己的線索：請把負責人選為您自己，或請經理轉交。</translation>
    </message>
    <message>
        <source>You can add and keep only activities of your own: choose yourself as the owner, or ask a manager to hand it over.</source>
        <translation>您只能新增和保留自己的銷售活動：請把負責人選為您自己，或請經理轉交。</translation>
    </message>
    <message>
        <source>You can add and keep only deals of your own: choose yourself as the owner, or ask a manager to hand it over.</source>
        <translation>您只能新增和保留自己的商機：請把負責人選為您自己，或請經理轉交。</translation>
    </message>
    <message>
        <source>Only a manager can import files into the team database: nothing was imported. Ask a manager to import the file.</source>
        <translation>只有經理可以向團隊資料庫匯入檔案：沒有匯入任何內容。請讓經理匯入該檔案。</translation>
    </message>
    <message>
        <source>Only a manager can make this change: the team database refused it. Ask a manager to make it.</source>
        <translation>只有經理可以做這項修改：團隊資料庫拒絕了它。請讓經理來修改。</translation>
    </message>
    <message>
        <source>The team database cannot be reached; nothing was saved. Dealbook will reconnect; your changes are still in the form.</source>
        <translation>無法連線團隊資料庫；沒有儲存任何內容。Dealbook 會重新連線；您的修改仍在表單中。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>the database</source>
        <extracomment>SQLite&apos;s messages, for errors that lost their code on the way</extracomment>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>{0} is read-only (or its folder is): Dealbook cannot write there. Make the file and its folder writable, or choose a folder you can write to.</source>
        <translation>{0} 是隻讀的（或其所在資料夾是隻讀的）：Dealbook 無法寫入。請讓該檔案及其資料夾可寫，或選擇一個可寫的資料夾。</translation>
    </message>
    <message>
        <source>The disk holding {0} is full: nothing was written. Free some disk space, then try again.</source>
        <translation>存放 {0} 的磁碟已滿：沒有寫入任何內容。請釋放一些磁碟空間後重試。</translation>
    </message>
    <message>
        <source>{0} is busy: another Dealbook (the window or a command) is writing to it. Try again in a moment.</source>
        <translation>{0} 正忙：另一個 Dealbook（視窗或命令）正在寫入它。請稍後重試。</translation>
    </message>
    <message>
        <source>The path {0} is too long for this computer. Choose a shorter file name or a folder nearer the top of the disk.</source>
        <translation>路徑 {0} 對這台電腦來說太長。請選擇更短的檔名，或更靠近磁碟根目錄的資料夾。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file. Give a file name inside it.</source>
        <translation>{0} 是資料夾，不是檔案。請在其中給出一個檔名。</translation>
    </message>
    <message>
        <source>{0} is not a Dealbook database (it is not an SQLite file). Choose a Dealbook database file, or create a new one.</source>
        <translation>{0} 不是 Dealbook 資料庫（不是 SQLite 檔案）。請選擇一個 Dealbook 資料庫檔案，或新增一個。</translation>
    </message>
    <message>
        <source>{0} is damaged (some of its pages cannot be read). Restore the latest backup, {1}, with File ▸ Restore from a backup or `dealbook restore {1}`.</source>
        <translation>{0} 已損壞（部分頁面無法讀取）。請用 檔案 ▸ 從備份還原 或 `dealbook restore {1}` 還原最新的備份 {1}。</translation>
    </message>
    <message>
        <source>{0} is damaged (some of its pages cannot be read). There is no backup of it: keep the file as it is and ask for help to recover it.</source>
        <translation>{0} 已損壞（部分頁面無法讀取）。它沒有備份：請保持檔案原樣，並尋求幫助來還原它。</translation>
    </message>
    <message>
        <source>Dealbook cannot open {0}. Check that its folder exists and that you may read and write there, then try again.</source>
        <translation>Dealbook 無法開啟 {0}。請檢查其資料夾是否存在、您是否有讀寫授權權，然後重試。</translation>
    </message>
    <message>
        <source>The disk could not read or write {0}. Check that the disk is still connected and has free space, then try again.</source>
        <translation>磁碟無法讀寫 {0}。請檢查磁碟是否仍然連線並有可用空間，然後重試。</translation>
    </message>
    <message>
        <source>The folder {0} does not exist: create it or choose another.</source>
        <translation>資料夾 {0} 不存在：請建立它或另選一個。</translation>
    </message>
    <message>
        <source>Dealbook cannot write {0}.</source>
        <translation>Dealbook 無法寫入 {0}。</translation>
    </message>
    <message>
        <source>{0} could not be written whole (is the disk full?). Nothing was saved: free some disk space, then try again.</source>
        <translation>{0} 未能完整寫入（磁碟已滿？）。未儲存任何內容：請釋放一些磁碟空間後重試。</translation>
    </message>
    <message>
        <source>Dealbook cannot write {0} ({1}).</source>
        <translation>Dealbook 無法寫入 {0}（{1}）。</translation>
    </message>
    <message>
        <source>Dealbook cannot write {0}: its folder is crowded with temporary files.</source>
        <translation>Dealbook 無法寫入 {0}：其資料夾中暫存檔過多。</translation>
    </message>
    <message>
        <source>{0} cannot be replaced: it is read-only or open in another program. Close it there, or choose another file name.</source>
        <translation>無法取代 {0}：它是唯讀的，或已在其他程式中開啟。請在那裡關閉它，或另選一個檔名。</translation>
    </message>
    <message>
        <source>The backup could not be written ({0}). Free some disk space and try again.</source>
        <translation>未能寫入備份（{0}）。請釋放一些磁碟空間後重試。</translation>
    </message>
    <message>
        <source>A team database is backed up and restored on its server with PostgreSQL&apos;s pg_dump and pg_restore (see the team guide, docs/team.md), not by Dealbook.</source>
        <translation>團隊資料庫在其伺服器上用 PostgreSQL 的 pg_dump 和 pg_restore 備份與還原（見團隊指南 docs/team.md），而不是由 Dealbook 完成。</translation>
    </message>
    <message>
        <source>There is no database at {0} to back up.</source>
        <translation>{0} 處沒有可備份的資料庫。</translation>
    </message>
    <message>
        <source>There is no backup file at {0}.</source>
        <translation>{0} 處沒有備份檔案。</translation>
    </message>
    <message>
        <source>{0} is not a Dealbook backup ({1}).</source>
        <translation>{0} 不是 Dealbook 備份（{1}）。</translation>
    </message>
    <message>
        <source>The backup {0} is damaged too: choose an older backup.</source>
        <translation>備份 {0} 也已損壞：請選擇更早的備份。</translation>
    </message>
    <message>
        <source>{0} was saved with another page size than {1}: open the backup itself with File ▸ Open instead.</source>
        <translation>{0} 的頁面大小與 {1} 不同：請改用 檔案 ▸ 開啟 直接開啟該備份。</translation>
    </message>
    <message>
        <source>{0} could not be restored ({1}). Nothing was changed; try again.</source>
        <translation>未能還原 {0}（{1}）。沒有任何變更；請重試。</translation>
    </message>
    <message>
        <source>The demo can have between 1 and {0} deals.</source>
        <translation>示範資料的商機數須在 1 到 {0} 之間。</translation>
    </message>
    <message>
        <source>This database already holds data, so the demo was not added. Choose a new file with --db to create a demo company.</source>
        <translation>此資料庫已有資料，因此未新增示範資料。請用 --db 選擇一個新檔案來建立示範公司。</translation>
    </message>
    <message>
        <source>{0} cannot be exported. Choose one of: {1}.</source>
        <extracomment>the export&apos;s column kind of each declared field type kind -&gt; [(header, SQL expression, column kind)]; kinds: text, number, int, date</extracomment>
        <translation>{0} 無法匯出。請選擇以下之一：{1}。</translation>
    </message>
    <message>
        <source>The table has more rows than an Excel sheet can hold. Export it as CSV instead.</source>
        <translation>此表的列數超過 Excel 工作表的容量。請改為匯出 CSV。</translation>
    </message>
    <message>
        <source>{0} must end in .csv or .xlsx.</source>
        <translation>{0} 必須以 .csv 或 .xlsx 結尾。</translation>
    </message>
    <message>
        <source>The folder {0} does not exist. Choose another place for the file.</source>
        <translation>資料夾 {0} 不存在。請為檔案另選一個位置。</translation>
    </message>
    <message>
        <source>Dealbook cannot write {0} ({1}). Close it if it is open in another program, or choose another name.</source>
        <translation>Dealbook 無法寫入 {0}（{1}）。如果它已在其他程式中開啟，請關閉它，或另選一個名稱。</translation>
    </message>
    <message>
        <source>There is no import number {0}; run &apos;dealbook imports&apos; to see the imports.</source>
        <extracomment>tables whose rows carry the batch that wrote them (stage history first: it refers to deals) who refers to a lookup row (table, column) what every import writes beside its kind&apos;s tables the caller&apos;s own report type, handed back as it was made the pipeline in order as (name, default probability in percent), as the ``pipeline_stages`` table and the import files write it (a ``Stage`` is a fraction)</extracomment>
        <translation>沒有編號為 {0} 的匯入；請執行 &apos;dealbook imports&apos; 查看各次匯入。</translation>
    </message>
    <message>
        <source>Import {0} was already undone on {1}.</source>
        <translation>匯入 {0} 已於 {1} 撤銷。</translation>
    </message>
    <message>
        <source>Import {0} changed rows that import {1} brought in; undo import {0} first.</source>
        <translation>匯入 {0} 變更了匯入 {1} 帶入的資料列；請先撤銷匯入 {0}。</translation>
    </message>
    <message>
        <source>{0} is not a team database. Give its URL, like postgresql://user@server/database.</source>
        <translation>{0} 不是團隊資料庫。請給出它的 URL，例如 postgresql://user@server/database。</translation>
    </message>
    <message>
        <source>The user {0} may not create users on the server {1}. Run this as the server&apos;s administrator (or a user with the CREATEROLE privilege).</source>
        <translation>使用者 {0} 不能在伺服器 {1} 上建立使用者。請以伺服器管理員（或擁有 CREATEROLE 權限的使用者）身分執行。</translation>
    </message>
    <message>
        <source>The role must be manager or rep, not {0}.</source>
        <translation>角色必須是 manager（經理）或 rep（銷售代表），不能是 {0}。</translation>
    </message>
    <message>
        <source>{0} cannot be a login: use lowercase letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter, at most 63 characters.</source>
        <translation>{0} 不能作為登入名稱：請使用小寫字母、數字、&apos;.&apos;、&apos;-&apos; 或 &apos;_&apos;，以字母開頭，最多 63 個字元。</translation>
    </message>
    <message>
        <source>A rep login needs the rep it is: add --rep &quot;Rep name&quot;.</source>
        <translation>銷售代表的登入名稱需要指明對應的銷售代表：請加上 --rep &quot;銷售代表姓名&quot;。</translation>
    </message>
    <message>
        <source>The team database is not set up for a team yet: run `dealbook team init` with its URL first.</source>
        <translation>此團隊資料庫還未為團隊設定：請先用它的 URL 執行 `dealbook team init`。</translation>
    </message>
    <message>
        <source>{0} is a new login: give it a password (typed, or with --password-stdin).</source>
        <translation>{0} 是新的登入名稱：請為它設定密碼（手動輸入，或使用 --password-stdin）。</translation>
    </message>
    <message>
        <source>The workspace has no rep named {0}. Use one of: {1}.</source>
        <translation>工作區中沒有名為 {0} 的銷售代表。請使用以下之一：{1}。</translation>
    </message>
    <message>
        <source>Only a manager can change the team&apos;s settings.</source>
        <translation>只有經理可以更改團隊設定。</translation>
    </message>
    <message>
        <source>The team database server {0} cannot be reached. Check that the server is running and that this computer is on its network, then try again.</source>
        <translation>無法連線團隊資料庫伺服器 {0}。請檢查伺服器是否在執行、本機是否在其網路中，然後重試。</translation>
    </message>
    <message>
        <source>The server {0} refused the user {1}: the password is wrong or there is no such user. Check both, or ask the team&apos;s administrator.</source>
        <translation>伺服器 {0} 拒絕了使用者 {1}：密碼錯誤或沒有此使用者。請檢查兩者，或詢問團隊的管理員。</translation>
    </message>
    <message>
        <source>The server {0} has no database named {1}. Check the name, or create the database and set it up with `dealbook team init`.</source>
        <translation>伺服器 {0} 上沒有名為 {1} 的資料庫。請檢查名稱，或建立該資料庫並用 `dealbook team init` 進行設定。</translation>
    </message>
    <message>
        <source>The database {0} on {1} holds another application&apos;s tables. Choose an empty database or a Dealbook team database.</source>
        <translation>{1} 上的資料庫 {0} 含有其他應用程式的資料表。請選擇一個空資料庫或 Dealbook 團隊資料庫。</translation>
    </message>
    <message>
        <source>The team database {0} on {1} was set up by a newer version of Dealbook. Install the newest version of Dealbook to open it.</source>
        <translation>{1} 上的團隊資料庫 {0} 由較新版本的 Dealbook 設定。請安裝最新版本的 Dealbook 後再開啟。</translation>
    </message>
    <message>
        <source>The team database {0} on {1} is empty. Set it up with `dealbook team init`, then try again.</source>
        <translation>{1} 上的團隊資料庫 {0} 是空的。請用 `dealbook team init` 進行設定，然後重試。</translation>
    </message>
    <message>
        <source>The team database {0} on {1} needs an update that only its administrator can make: ask them to run `dealbook team init` with this version of Dealbook.</source>
        <translation>{1} 上的團隊資料庫 {0} 需要更新，只有其管理員可以進行：請讓管理員用此版本的 Dealbook 執行 `dealbook team init`。</translation>
    </message>
    <message>
        <source>The user {0} may not use the team database {1} on {2}. Ask the team&apos;s administrator to add you with `dealbook team add-user`.</source>
        <translation>使用者 {0} 無權使用 {2} 上的團隊資料庫 {1}。請讓團隊的管理員用 `dealbook team add-user` 新增您。</translation>
    </message>
    <message>
        <source>The team database {0} answered with an error Dealbook does not know ({1}). Ask the team&apos;s administrator to check the server.</source>
        <translation>團隊資料庫 {0} 傳回了 Dealbook 無法辨識的錯誤（{1}）。請讓團隊的管理員檢查伺服器。</translation>
    </message>
    <message>
        <source>{0} is a team database, not a workspace file. Give the .sqlite file to move in first, then the team database&apos;s URL.</source>
        <translation>{0} 是團隊資料庫，不是工作區檔案。請先給出要遷入的 .sqlite 檔案，再給出團隊資料庫的 URL。</translation>
    </message>
    <message>
        <source>The workspace file and the team database are at different schema versions. Open both with this version of Dealbook, then try again.</source>
        <translation>工作區檔案與團隊資料庫的結構版本不同。請用此版本的 Dealbook 分別開啟兩者，然後重試。</translation>
    </message>
    <message>
        <source>The user {0} cannot move a workspace into {1} on {2}: only the team database&apos;s administrator (who ran `dealbook team init`) can.</source>
        <translation>使用者 {0} 不能將工作區遷入 {2} 上的 {1}：只有團隊資料庫的管理員（執行 `dealbook team init` 的人）可以。</translation>
    </message>
    <message>
        <source>The team database {0} on {1} already holds data (its table {2} has rows): move a workspace only into a new, empty team database.</source>
        <translation>{1} 上的團隊資料庫 {0} 已有資料（其資料表 {2} 中有列）：工作區只能遷入新的空團隊資料庫。</translation>
    </message>
    <message>
        <source>The table {0} has {1} rows in the file but {2} in the team database: nothing was moved. Try again; if it happens again, ask the team database&apos;s administrator to check the server.</source>
        <translation>資料表 {0} 在檔案中有 {1} 列，在團隊資料庫中卻有 {2} 列：沒有遷入任何資料。請重試；如果再次發生，請讓團隊資料庫的管理員檢查伺服器。</translation>
    </message>
    <message>
        <source>The team database refused rows of the table {0} ({1}): nothing was moved. Correct those rows in the workspace file, then try again.</source>
        <translation>團隊資料庫拒絕了資料表 {0} 中的列（{1}）：沒有遷入任何資料。請在工作區檔案中更正這些列，然後重試。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Open</source>
        <extracomment>the lookup tables a field may name a row of field types. text: free text; lookup: a name in a lookup table; choice: one of ``choices``; stage: a pipeline stage name; currency: a three-letter code; money: an amount in the row&apos;s currency; number: a plain number; percent: 0..100; int: a whole number; date: a calendar day; deal: a deal named by its ``external_id`` (stored as the deal&apos;s row id) for type &quot;choice&quot;: (stored value, label) pairs the schema revision that added the field (a later field joins an imported row&apos;s content hash only when the file fills it, so rows imported before still match) the field an import matches existing rows on (else the row&apos;s content) whether the window edits rows of this kind in a form and shows them in a table other tables a write of this kind changes (beside its own and its lookups)</extracomment>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>輸單</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>銷售</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>activity types; the first five are selling time (kpi_spec.md, Activities)</extracomment>
        <translation>電話</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>示範</translation>
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
        <translation>培訓</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>CRM id</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>What is being sold</source>
        <translation>銷售的內容</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>產品類型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>機率 %</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>預計成交日期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>輸單原因</translation>
    </message>
    <message>
        <source>Contract months</source>
        <translation>合約月數</translation>
    </message>
    <message>
        <source>One-time fee</source>
        <translation>一次性費用</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>標價</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>階段歷史</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>進入日期</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Created (MQL)</source>
        <translation>建立日期 (MQL)</translation>
    </message>
    <message>
        <source>Became SQL</source>
        <translation>成為 SQL 日期</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已轉換</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>已取消資格</translation>
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
        <translation>類別</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
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
        <translation>評分（0–10）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>評論</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>配額</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>銷售代表</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配額</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>銷售預測</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>銷售預測</translation>
    </message>
    <message>
        <source>Empty = the whole company</source>
        <translation>留空 = 整個公司</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成為客戶日期</translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>Rate (base per unit)</source>
        <translation>匯率（每單位折合本位幣）</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小時</translation>
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
        <translation>{0} 小時</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 個月</translation>
    </message>
    <message>
        <source>{0} months</source>
        <translation>{0} 個月</translation>
    </message>
    <message>
        <source>{0} pp</source>
        <translation>{0} 個百分點</translation>
    </message>
    <message>
        <source>{0} pts</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <source>was {0}</source>
        <translation>原為 {0}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>無變化</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>無對比</translation>
    </message>
    <message>
        <source>{0} vs previous</source>
        <translation>較上期 {0}</translation>
    </message>
    <message>
        <source>Changes against the previous period: money and counts in per cent, rates in percentage points (pp), NPS in score points (pts), ratios in times (×), days in days. Growth figures are themselves a change: they show the previous value (&quot;was …&quot;).</source>
        <translation>與上期相比的變化：金額和數量用百分比，比率用百分點，NPS 用分數，倍數用倍 (×)，天數用天。成長類指標本身就是變化：顯示上期的值（「原為 …」）。</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>New deal</source>
        <extracomment>(kind, field) -&gt; the names a line field suggests, beside the lookups (kind, field) holding another record&apos;s CRM id -&gt; the list it is picked from declared field type -&gt; form widget kind -&gt; (title of a new record, title of an edit, rules, on change)</extracomment>
        <translation>新增商機</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>編輯商機</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新增線索</translation>
    </message>
    <message>
        <source>Edit lead</source>
        <translation>編輯線索</translation>
    </message>
    <message>
        <source>New spend entry</source>
        <translation>新增支出</translation>
    </message>
    <message>
        <source>Edit spend entry</source>
        <translation>編輯支出</translation>
    </message>
    <message>
        <source>New NPS answer</source>
        <translation>新增 NPS 回答</translation>
    </message>
    <message>
        <source>Edit NPS answer</source>
        <translation>編輯 NPS 回答</translation>
    </message>
    <message>
        <source>New quota</source>
        <translation>新增配額</translation>
    </message>
    <message>
        <source>Edit quota</source>
        <translation>編輯配額</translation>
    </message>
    <message>
        <source>New forecast</source>
        <translation>新增銷售預測</translation>
    </message>
    <message>
        <source>Edit forecast</source>
        <translation>編輯銷售預測</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>編輯客戶</translation>
    </message>
    <message>
        <source>New exchange rate</source>
        <translation>新增匯率</translation>
    </message>
    <message>
        <source>Edit exchange rate</source>
        <translation>編輯匯率</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>編輯活動</translation>
    </message>
    <message>
        <source>Type a number, e.g. 12500 or 12,500.00.</source>
        <translation>請輸入數字，例如 12500 或 12,500.00。</translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD.</source>
        <translation>請按 YYYY-MM-DD 輸入日期。</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>請輸入整數。</translation>
    </message>
    <message>
        <source>Use a three-letter code such as USD or EUR.</source>
        <translation>請使用三個字母的代碼，例如 CNY 或 USD。</translation>
    </message>
    <message>
        <source>The end cannot be before the start.</source>
        <translation>結束不能早於開始。</translation>
    </message>
    <message>
        <source>Amount must be 0 or more.</source>
        <translation>金額必須大於或等於 0。</translation>
    </message>
    <message>
        <source>Cost must be 0 or more.</source>
        <translation>成本必須大於或等於 0。</translation>
    </message>
    <message>
        <source>The fee must be 0 or more.</source>
        <translation>費用必須大於或等於 0。</translation>
    </message>
    <message>
        <source>Months must be 0 or more.</source>
        <translation>月數必須大於或等於 0。</translation>
    </message>
    <message>
        <source>Probability is a percentage from 0 to 100.</source>
        <translation>機率是 0 到 100 之間的百分比。</translation>
    </message>
    <message>
        <source>The close date cannot be before the created date.</source>
        <translation>結束日期不能早於建立日期。</translation>
    </message>
    <message>
        <source>An account cannot churn before it became a customer.</source>
        <translation>客戶流失不能早於成為客戶。</translation>
    </message>
    <message>
        <source>The rate must be above 0.</source>
        <translation>匯率必須大於 0。</translation>
    </message>
    <message>
        <source>Hours must be 0 or more.</source>
        <translation>小時數必須大於或等於 0。</translation>
    </message>
    <message>
        <source>A won or lost deal needs its close date.</source>
        <translation>贏單或輸單的商機需要結束日期。</translation>
    </message>
    <message>
        <source>This date cannot be before the lead was created.</source>
        <translation>此日期不能早於線索的建立日期。</translation>
    </message>
    <message>
        <source>The score is a whole number from 0 to 10.</source>
        <translation>評分是 0 到 10 之間的整數。</translation>
    </message>
    <message>
        <source>The close date of a won or lost deal cannot be after today.</source>
        <translation>贏單或輸單商機的結束日期不能晚於今天。</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商機</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>The file {0} does not exist; check its name and folder.</source>
        <extracomment>most data records (CSV records or sheet rows) most columns of a record longest single field, in characters (a long notes field is a few MB) an XLSX part (sheet, shared strings) may not inflate more than this many times parts smaller than this once inflated are not checked for their ratio largest inflated shared-strings part, and most strings in it largest inflated workbook (all parts)</extracomment>
        <translation>檔案 {0} 不存在；請檢查檔名和資料夾。</translation>
    </message>
    <message>
        <source>The file {0} cannot be read ({1}).</source>
        <translation>無法讀取檔案 {0}（{1}）。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file; choose the exported CSV or XLSX file.</source>
        <translation>{0} 是資料夾，不是檔案；請選擇匯出的 CSV 或 XLSX 檔案。</translation>
    </message>
    <message>
        <source>{0} is not a regular file (it is a device or a pipe); choose the exported CSV or XLSX file itself.</source>
        <translation>{0} 不是普通檔案（是裝置或管道）；請選擇匯出的 CSV 或 XLSX 檔案本身。</translation>
    </message>
    <message>
        <source>This file is {0} GB, more than the {1} GB Dealbook imports at once; export it in smaller parts (for example one year at a time) and import each.</source>
        <translation>此檔案有 {0} GB，超過了 Dealbook 一次可匯入的 {1} GB；請分成較小的部分匯出（例如每次一年）並分別匯入。</translation>
    </message>
    <message>
        <source>This file has more than {0} rows, more than Dealbook imports at once; export it in smaller parts (for example one year at a time) and import each.</source>
        <translation>此檔案超過 {0} 列，超出 Dealbook 一次可匯入的數量；請分成較小的部分匯出（例如每次一年）並分別匯入。</translation>
    </message>
    <message>
        <source>This file has a row of {0} columns (line {2}), more than the {1} Dealbook reads; check that it is a CSV export with the right delimiter, or export fewer columns.</source>
        <translation>此檔案有一列包含 {0} 欄（第 {2} 列），超過 Dealbook 可讀取的 {1} 欄；請檢查它是否是分隔符正確的 CSV 匯出檔案，或匯出更少的欄。</translation>
    </message>
    <message>
        <source>This file has a row of {0} columns, more than the {1} Dealbook reads; check that it is a CSV export with the right delimiter, or export fewer columns.</source>
        <translation>此檔案有一列包含 {0} 欄，超過 Dealbook 可讀取的 {1} 欄；請檢查它是否是分隔符正確的 CSV 匯出檔案，或匯出更少的欄。</translation>
    </message>
    <message>
        <source>This file has a field longer than {0} MB near line {1}; check that its quotes are closed and that it is a CSV export, or shorten that field.</source>
        <translation>此檔案在第 {1} 列附近有一個超過 {0} MB 的欄位；請檢查引號是否閉合、它是否是 CSV 匯出檔案，或縮短該欄位。</translation>
    </message>
    <message>
        <source>This file has a field longer than {0} MB; check that its quotes are closed and that it is a CSV export, or shorten that field.</source>
        <translation>此檔案有一個超過 {0} MB 的欄位；請檢查引號是否閉合、它是否是 CSV 匯出檔案，或縮短該欄位。</translation>
    </message>
    <message>
        <source>This Excel file cannot be opened; open it in Excel, save it as .xlsx and retry.</source>
        <translation>無法開啟此 Excel 檔案；請在 Excel 中開啟，另存為 .xlsx 後重試。</translation>
    </message>
    <message>
        <source>This Excel file unpacks to {0} GB, more than Dealbook reads; save the sheet as CSV in Excel, or export it in smaller parts, and import that.</source>
        <translation>此 Excel 檔案解壓後有 {0} GB，超出 Dealbook 的讀取上限；請在 Excel 中將工作表另存為 CSV，或分成較小的部分匯出，再匯入。</translation>
    </message>
    <message>
        <source>This Excel file is damaged or built to exhaust memory (one of its parts unpacks {0} times larger); open it in Excel, save it again as .xlsx or CSV, and import that.</source>
        <translation>此 Excel 檔案已損壞或會耗盡記憶體（其中一部分解壓後大 {0} 倍）；請在 Excel 中開啟，重新另存為 .xlsx 或 CSV 後匯入。</translation>
    </message>
    <message>
        <source>This Excel file holds more text than Dealbook reads from a workbook (over {0} texts or {1} MB); save the sheet as CSV in Excel and import that.</source>
        <translation>此 Excel 檔案包含的文字超出 Dealbook 從活頁簿讀取的上限（超過 {0} 條文字或 {1} MB）；請在 Excel 中將工作表另存為 CSV 後匯入。</translation>
    </message>
    <message>
        <source>This sheet reaches column {0} ({1} columns), more than the {2} Dealbook reads; delete the unused columns in Excel (or save the sheet as CSV) and retry.</source>
        <translation>此工作表延伸到第 {0} 欄（{1} 欄），超過 Dealbook 可讀取的 {2} 欄；請在 Excel 中刪除未使用的欄（或將工作表另存為 CSV）後重試。</translation>
    </message>
    <message>
        <source>This file is empty; export the data again and choose a file with rows.</source>
        <extracomment>the record number and the first physical line of each record (a list, or an int64 array from the fast reader) fast reader only: the data records as columns 0..width-1 (``records`` then holds only the first 200) and the number of fields of every record</extracomment>
        <translation>此檔案是空的；請重新匯出資料，並選擇一個含有資料列的檔案。</translation>
    </message>
    <message>
        <source>This file cannot be read as {0} text; save it again as &apos;CSV UTF-8&apos; and retry.</source>
        <translation>此檔案無法作為 {0} 文字讀取；請將其重新另存為「CSV UTF-8」後重試。</translation>
    </message>
    <message>
        <source>This file is not a readable table near line {0} ({1}); check that it is a CSV export and that its quotes are closed.</source>
        <translation>此檔案在第 {0} 行附近不是可讀取的表格（{1}）；請檢查它是否為 CSV 匯出檔案，以及引號是否都已閉合。</translation>
    </message>
    <message>
        <source>This file is not valid text near line {0}; save it again as &apos;CSV UTF-8&apos; and retry.</source>
        <translation>此檔案在第 {0} 行附近不是有效的文字；請將其重新另存為「CSV UTF-8」後重試。</translation>
    </message>
    <message>
        <source>A quote opened on line {0} of this file is never closed, so the rest of the file would be one field; check the quotes on that line (or export the file again).</source>
        <translation>此檔案第 {0} 行開始的引號始終沒有閉合，檔案其餘部分都會成為一個欄位；請檢查該行的引號（或重新匯出檔案）。</translation>
    </message>
    <message>
        <source>This workbook has no sheets; export the data again and retry.</source>
        <translation>此活頁簿沒有工作表；請重新匯出資料後重試。</translation>
    </message>
    <message>
        <source>This file is larger than Dealbook imports at once; export it in smaller parts (for example one year at a time) and import each.</source>
        <translation>此檔案超出了 Dealbook 一次可匯入的大小；請分成較小的部分匯出（例如每次一年），再逐一匯入。</translation>
    </message>
    <message>
        <source>This file has a header but no data rows; export the records themselves and retry.</source>
        <translation>此檔案只有標題列，沒有資料列；請匯出記錄本身後重試。</translation>
    </message>
    <message>
        <source>This file has no column names; export it with a header row and retry.</source>
        <translation>此檔案沒有欄名稱；請連同標題列一起匯出後重試。</translation>
    </message>
    <message>
        <source>This workbook has no sheet named &apos;{0}&apos;; its sheets are: {1}.</source>
        <translation>此活頁簿沒有名為 &apos;{0}&apos; 的工作表；它的工作表有：{1}。</translation>
    </message>
    <message>
        <source>This Excel .xls file cannot be opened; open it in Excel, save it as .xlsx and retry.</source>
        <translation>無法開啟此 Excel .xls 檔案；請在 Excel 中開啟，另存為 .xlsx 後重試。</translation>
    </message>
    <message>
        <source>This Excel sheet is damaged; open it in Excel, save it as .xlsx and retry.</source>
        <translation>此 Excel 工作表已損壞；請在 Excel 中開啟，另存為 .xlsx 後重試。</translation>
    </message>
    <message>
        <source>This spreadsheet cannot be opened; open it and save it as .ods or .xlsx again.</source>
        <translation>無法開啟此試算表；請開啟它並重新另存為 .ods 或 .xlsx。</translation>
    </message>
    <message>
        <source>not a number</source>
        <extracomment>the choices of Settings, in order: (stored value, name shown in its own language) Settings&apos; &quot;Show large amounts in 万 / 亿&quot; (stored per computer, read at start) overrides the stored choice (``en``, ``zh_CN``, ``zh_TW`` or ``system``), for scripts the reasons the import gives for a rejected row (``desktop_app.importing.validate``), as the wizard&apos;s Reason column shows them; a reason not listed stays as the import wrote it</extracomment>
        <translation>不是數字</translation>
    </message>
    <message>
        <source>negative amount</source>
        <translation>金額為負</translation>
    </message>
    <message>
        <source>negative cost</source>
        <translation>成本為負</translation>
    </message>
    <message>
        <source>probability out of range</source>
        <translation>機率超出範圍</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>不是整數</translation>
    </message>
    <message>
        <source>mixed date order</source>
        <translation>日期順序混雜</translation>
    </message>
    <message>
        <source>unreadable date</source>
        <translation>無法讀取的日期</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>缺少名稱</translation>
    </message>
    <message>
        <source>missing close date</source>
        <translation>缺少結束日期</translation>
    </message>
    <message>
        <source>missing date</source>
        <translation>缺少日期</translation>
    </message>
    <message>
        <source>missing score</source>
        <translation>缺少評分</translation>
    </message>
    <message>
        <source>missing rate</source>
        <translation>缺少匯率</translation>
    </message>
    <message>
        <source>missing currency</source>
        <translation>缺少幣別</translation>
    </message>
    <message>
        <source>missing period start</source>
        <translation>缺少期間開始</translation>
    </message>
    <message>
        <source>missing period end</source>
        <translation>缺少期間結束</translation>
    </message>
    <message>
        <source>negative quantity</source>
        <translation>數量為負</translation>
    </message>
    <message>
        <source>negative hours</source>
        <translation>小時數為負</translation>
    </message>
    <message>
        <source>negative list_price</source>
        <translation>標價為負</translation>
    </message>
    <message>
        <source>close date in the future</source>
        <translation>結束日期在未來</translation>
    </message>
    <message>
        <source>currency differs</source>
        <translation>幣別不一致</translation>
    </message>
    <message>
        <source>period ends before it starts</source>
        <translation>期間結束早於開始</translation>
    </message>
    <message>
        <source>mixed decimal marks</source>
        <translation>小數點符號混雜</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>數字超出範圍</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>結果未知</translation>
    </message>
    <message>
        <source>score out of range</source>
        <translation>評分超出範圍</translation>
    </message>
    <message>
        <source>unknown activity type</source>
        <translation>未知的活動類型</translation>
    </message>
    <message>
        <source>repeated record id</source>
        <translation>記錄 ID 重複</translation>
    </message>
    <message>
        <source>unknown deal</source>
        <translation>未知的商機</translation>
    </message>
    <message>
        <source>missing amount</source>
        <translation>缺少金額</translation>
    </message>
    <message>
        <source>missing deal external id</source>
        <translation>缺少商機外部編號</translation>
    </message>
    <message>
        <source>missing done on</source>
        <translation>缺少完成日期</translation>
    </message>
    <message>
        <source>missing entered on</source>
        <translation>缺少進入日期</translation>
    </message>
    <message>
        <source>missing owner</source>
        <translation>缺少負責人</translation>
    </message>
    <message>
        <source>missing responded on</source>
        <translation>缺少回覆日期</translation>
    </message>
    <message>
        <source>missing spent on</source>
        <translation>缺少支出日期</translation>
    </message>
    <message>
        <source>missing stage</source>
        <translation>缺少階段</translation>
    </message>
    <message>
        <source>missing valid from</source>
        <translation>缺少生效日期</translation>
    </message>
    <message>
        <source>wrong number of fields</source>
        <translation>欄位數不對</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a kind Dealbook imports; use one of: {1}.</source>
        <extracomment>every import, newest first (``desktop_app.store.import_batches.list_imports``) take one import back; returns the store&apos;s ``Changes`` (``deleted`` rows removed, ``updated`` rows restored)</extracomment>
        <translation>「{0}」不是 Dealbook 可匯入的記錄類型；請使用下列之一：{1}。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a known preset; use one of: {1}.</source>
        <translation>「{0}」不是已知的預設；請使用下列之一：{1}。</translation>
    </message>
    <message>
        <source>This file has no column &apos;{0}&apos;; its columns are: {1}.</source>
        <translation>此檔案沒有「{0}」欄；它的欄為：{1}。</translation>
    </message>
    <message>
        <source>no name column: the name is the record id (&apos;{0}&apos;)</source>
        <translation>沒有名稱欄：名稱取自記錄 ID（&apos;{0}&apos;）</translation>
    </message>
    <message>
        <source>no name column: made from &apos;{0}&apos; and &apos;{1}&apos;</source>
        <translation>沒有名稱欄：名稱由 &apos;{0}&apos; 和 &apos;{1}&apos; 組成</translation>
    </message>
    <message>
        <source>no name column: made from &apos;{0}&apos;</source>
        <translation>沒有名稱欄：名稱取自 &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Record id {0} appears again later in the file; the later row is used.</source>
        <translation>記錄 ID {0} 在檔案後面再次出現；使用後面的那一列。</translation>
    </message>
    <message>
        <source>No deal has the record id {0}; import the deals first.</source>
        <translation>沒有商機的記錄 ID 是 {0}；請先匯入商機。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>匯入已取消；未寫入任何內容。</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>正在讀取檔案</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>正在檢查各列</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>正在寫入</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在儲存</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a text encoding Dealbook knows; use a name such as utf-8, cp1252, gb18030, big5, shift_jis, euc_kr or koi8_r.</source>
        <extracomment>names charset-normalizer may answer with, as the codec Dealbook reads with what the user may type for ``--encoding`` order among candidates that read a file the same way (the usual one first) how much better (lower) the best reading&apos;s score must be than the next one&apos;s</extracomment>
        <translation>「{0}」不是 Dealbook 認得的文字編碼；請使用 utf-8、cp1252、gb18030、big5、shift_jis、euc_kr 或 koi8_r 等名稱。</translation>
    </message>
    <message>
        <source>This file looks like a binary file, not a CSV or Excel table; export the data from your CRM as CSV or XLSX and import that file.</source>
        <translation>此檔案看起來是二進位檔案，而不是 CSV 或 Excel 表格；請從 CRM 將資料匯出為 CSV 或 XLSX，再匯入該檔案。</translation>
    </message>
    <message>
        <source>Line {0} of this file is not UTF-8 text like the lines before it: the file mixes two text encodings; choose the encoding to read it with (dealbook import --encoding NAME, or Encoding in the import wizard), or save it again from one program as &apos;CSV UTF-8&apos;.</source>
        <translation>此檔案第 {0} 行不像前面各行那樣是 UTF-8 文字：檔案混用了兩種文字編碼；請選擇讀取它所用的編碼（dealbook import --encoding NAME，或匯入精靈中的「編碼」），或用同一個程式將其重新另存為「CSV UTF-8」。</translation>
    </message>
    <message>
        <source>Line {0} of this file is UTF-8 text while the rest is {1}: the file mixes two text encodings; choose the encoding to read it with (dealbook import --encoding NAME, or Encoding in the import wizard), or save it again from one program as &apos;CSV UTF-8&apos;.</source>
        <translation>此檔案第 {0} 行是 UTF-8 文字，而其餘部分是 {1}：檔案混用了兩種文字編碼；請選擇讀取它所用的編碼（dealbook import --encoding NAME，或匯入精靈中的「編碼」），或用同一個程式將其重新另存為「CSV UTF-8」。</translation>
    </message>
    <message>
        <source>Line {0} of this file is not {1} text like the rest of it: the file mixes text encodings or is damaged; choose the encoding to read it with (dealbook import --encoding NAME, or Encoding in the import wizard), or save it again from one program as &apos;CSV UTF-8&apos;.</source>
        <translation>此檔案第 {0} 行不像其餘部分那樣是 {1} 文字：檔案混用了多種文字編碼或已損壞；請選擇讀取它所用的編碼（dealbook import --encoding NAME，或匯入精靈中的「編碼」），或用同一個程式將其重新另存為「CSV UTF-8」。</translation>
    </message>
    <message>
        <source>Dealbook cannot tell which text encoding this file uses; choose the encoding to read it with (dealbook import --encoding NAME, or Encoding in the import wizard), or save it again from one program as &apos;CSV UTF-8&apos;.</source>
        <extracomment>Latin-1 letters of Icelandic, Nordic and Italian that a wrong Western reading of Turkish or Central European text produces</extracomment>
        <translation>Dealbook 無法判斷此檔案使用哪種文字編碼；請選擇讀取它所用的編碼（dealbook import --encoding NAME，或匯入精靈中的「編碼」），或用同一個程式將其重新另存為「CSV UTF-8」。</translation>
    </message>
    <message>
        <source>Dealbook cannot tell whether this file is {0} or {1} text; choose the encoding to read it with (dealbook import --encoding NAME, or Encoding in the import wizard), or save it again from one program as &apos;CSV UTF-8&apos;.</source>
        <translation>Dealbook 無法判斷此檔案是 {0} 還是 {1} 文字；請選擇讀取它所用的編碼（dealbook import --encoding NAME，或匯入精靈中的「編碼」），或用同一個程式將其重新另存為「CSV UTF-8」。</translation>
    </message>
    <message>
        <source>deals</source>
        <extracomment>the kinds&apos; names in sentences</extracomment>
        <translation>商機</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>marketing spend</source>
        <translation>行銷支出</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>NPS 回覆</translation>
    </message>
    <message>
        <source>quotas</source>
        <translation>配額</translation>
    </message>
    <message>
        <source>forecasts</source>
        <translation>銷售預測</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>銷售活動</translation>
    </message>
    <message>
        <source>stage history</source>
        <translation>階段歷史</translation>
    </message>
    <message>
        <source>the deal name</source>
        <extracomment>the words a refusal uses for a required field no column could fill</extracomment>
        <translation>商機名稱</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>deal external id</source>
        <translation>商機外部編號</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>entered on</source>
        <translation>進入日期</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>負責人</translation>
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
        <translation>匯率</translation>
    </message>
    <message>
        <source>responded on</source>
        <translation>回覆日期</translation>
    </message>
    <message>
        <source>score</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>spent on</source>
        <translation>支出日期</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>This file has no deal stage, status or date column, so it is a list of something other than deals (accounts, products, people) and would show every row as an open deal; its columns are those of {0}: import it as {1}.</source>
        <translation>此檔案沒有商機階段、狀態或日期欄，因此它列出的不是商機（而是客戶、產品或人員），匯入後每一列都會顯示為進行中的商機；它的欄屬於{0}：請以 {1} 類型匯入。</translation>
    </message>
    <message>
        <source>This file has no deal stage, status or date column, so it is a list of something other than deals (accounts, products, people) and would show every row as an open deal; import the deals export with its stage and close date, or choose the columns in the import wizard.</source>
        <translation>此檔案沒有商機階段、狀態或日期欄，因此它列出的不是商機（而是客戶、產品或人員），匯入後每一列都會顯示為進行中的商機；請匯入含有階段和成交日期的商機匯出檔案，或在匯入精靈中選擇各欄。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>any field</source>
        <translation>任何欄位</translation>
    </message>
    <message>
        <source>No column of this file could be used as {0} for {1}; its columns are those of {2}: import it as {3}.</source>
        <translation>此檔案中沒有任何欄可用作 {1} 的{0}；它的欄屬於{2}：請以 {3} 類型匯入。</translation>
    </message>
    <message>
        <source>No column of this file could be used as {0} for {1}; check that it is a {1} export with a header row, or choose the columns in the import wizard.</source>
        <translation>此檔案中沒有任何欄可用作 {1} 的{0}；請檢查它是否為帶標題列的 {1} 匯出檔案，或在匯入精靈中選擇各欄。</translation>
    </message>
    <message>
        <source>The row has {0} fields, the header has {1}.</source>
        <translation>此列有 {0} 個欄位，標題列有 {1} 個。</translation>
    </message>
    <message>
        <source>{0} is &apos;{1}&apos;</source>
        <translation>{0} 為 &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0} is {1}</source>
        <translation>{0} 為 {1}</translation>
    </message>
    <message>
        <source>{0} is {1}; a probability is 0 to 100.</source>
        <translation>{0} 為 {1}；機率須在 0 到 100 之間。</translation>
    </message>
    <message>
        <source>The row has no {0}.</source>
        <translation>此列沒有 {0}。</translation>
    </message>
    <message>
        <source>NPS score is {:g}, it must be 0 to 10.</source>
        <translation>NPS 評分為 {:g}，必須在 0 到 10 之間。</translation>
    </message>
    <message>
        <source>Type is &apos;{0}&apos;; use one of {1}.</source>
        <translation>類型為 &apos;{0}&apos;；請使用以下之一：{1}。</translation>
    </message>
    <message>
        <source>{0} is before {1}.</source>
        <translation>{0} 早於 {1}。</translation>
    </message>
    <message>
        <source>{0} is written in {1}, but {2} is {3}.</source>
        <translation>{0} 以 {1} 書寫，但 {2} 為 {3}。</translation>
    </message>
    <message>
        <source>{0} is &apos;{1}&apos;, month first, while the column&apos;s other dates are day first; correct the date</source>
        <translation>{0} 為 &apos;{1}&apos;，月在前，而該欄的其他日期為日在前；請更正此日期</translation>
    </message>
    <message>
        <source>{0} is &apos;{1}&apos;, day first, while the column&apos;s other dates are month first; correct the date</source>
        <translation>{0} 為 &apos;{1}&apos;，日在前，而該欄的其他日期為月在前；請更正此日期</translation>
    </message>
    <message>
        <source>{0} is &apos;{1}&apos;; numbers must be smaller than 1,000,000,000,000,000.</source>
        <translation>{0} 為 &apos;{1}&apos;；數字必須小於 1,000,000,000,000,000。</translation>
    </message>
    <message>
        <source>{0} is &apos;{1}&apos;, but the column&apos;s numbers use a decimal comma</source>
        <translation>{0} 為 &apos;{1}&apos;，但該欄的數字以逗號作小數點</translation>
    </message>
    <message>
        <source>{0} is &apos;{1}&apos;, but the column&apos;s numbers use a decimal point</source>
        <translation>{0} 為 &apos;{1}&apos;，但該欄的數字以句點作小數點</translation>
    </message>
    <message>
        <source>The deal is closed, but nothing in the row says won or lost; map the column that says it (IsWon, a status or a won/lost stage).</source>
        <translation>此商機已關閉，但該列沒有說明是贏單還是輸單；請對應說明這一點的欄（IsWon、狀態或贏單/輸單階段）。</translation>
    </message>
    <message>
        <source>The status is &apos;{0}&apos;, which Dealbook does not read as won, lost or open, while the column&apos;s other values are all one outcome; write Won, Lost or Open and import again.</source>
        <translation>狀態為 &apos;{0}&apos;，Dealbook 無法將其識別為贏單、輸單或進行中，而該欄的其他值都是同一種結果；請寫 Won、Lost 或 Open 後重新匯入。</translation>
    </message>
    <message>
        <source>A won deal needs a close date.</source>
        <translation>贏單的商機需要結束日期。</translation>
    </message>
    <message>
        <source>A lost deal needs a close date.</source>
        <translation>輸單的商機需要結束日期。</translation>
    </message>
    <message>
        <source>Close date is {0}, after today.</source>
        <translation>結束日期為 {0}，晚於今天。</translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>銷售代表</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>總銷售額</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>贏單率</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Revenue by source</source>
        <translation>按來源的銷售額</translation>
    </message>
    <message>
        <source>Revenue grouped by the deal&apos;s source, with its share of revenue.</source>
        <translation>按商機來源分組的銷售額及其佔比。</translation>
    </message>
    <message>
        <source>Revenue by rep</source>
        <translation>按銷售代表分組的銷售額</translation>
    </message>
    <message>
        <source>Revenue grouped by the deal&apos;s owner, with its share of revenue.</source>
        <translation>按商機負責人分組的銷售額及其佔比。</translation>
    </message>
    <message>
        <source>Revenue by product</source>
        <translation>按產品分組的銷售額</translation>
    </message>
    <message>
        <source>Revenue grouped by product, with its share of revenue.</source>
        <translation>按產品分組的銷售額及其佔比。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Revenue by product type</source>
        <translation>按產品類型分組的銷售額</translation>
    </message>
    <message>
        <source>Revenue grouped by product type, with its share of revenue.</source>
        <translation>按產品類型分組的銷售額及其佔比。</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>產品類型</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>按月銷售額</translation>
    </message>
    <message>
        <source>Revenue grouped by calendar month, with its share of revenue.</source>
        <translation>按自然月分組的銷售額及其佔比。</translation>
    </message>
    <message>
        <source>Win rate by source</source>
        <translation>各來源贏單率</translation>
    </message>
    <message>
        <source>Win rate grouped by source.</source>
        <translation>按來源分組的贏單率。</translation>
    </message>
    <message>
        <source>Win rate by rep</source>
        <translation>各銷售代表贏單率</translation>
    </message>
    <message>
        <source>Win rate grouped by owner.</source>
        <translation>按負責人分組的贏單率。</translation>
    </message>
    <message>
        <source>Attainment by rep</source>
        <translation>各銷售代表配額完成率</translation>
    </message>
    <message>
        <source>Revenue of the rep / quota of the rep.</source>
        <translation>銷售代表的銷售額 / 該銷售代表的配額。</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Quota consistency</source>
        <translation>配額連續達成月數</translation>
    </message>
    <message>
        <source>Per rep, the consecutive months ending with the period&apos;s last month in which the rep met the monthly quota.</source>
        <translation>每位銷售代表截至本期最後一個月連續達成月度配額的月數。</translation>
    </message>
    <message>
        <source>Months at quota</source>
        <translation>達成配額月數</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>按月 NPS</translation>
    </message>
    <message>
        <source>NPS per calendar month, counting only the responses inside the period.</source>
        <translation>每個自然月的 NPS，只計算本期內的回答。</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Monthly sales growth</source>
        <translation>每月銷售成長</translation>
    </message>
    <message>
        <source>For each month of the period, its revenue growth over the month before.</source>
        <translation>本期每個月相對前一個月的銷售額成長率。</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>成長</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>階段停留時間</translation>
    </message>
    <message>
        <source>Per stage, the mean days spent in it (from the stage history).</source>
        <translation>每個階段的平均停留天數（來自階段歷史）。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>平均時間</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>銷售漏斗</translation>
    </message>
    <message>
        <source>For each pipeline stage in order, then Won: the deals created in the period that reached it, and the conversion from the previous row.</source>
        <translation>按順序列出每個管道階段，然後是贏單：本期新增並到達該階段的商機，以及相對上一列的轉換率。</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉換率</translation>
    </message>
    <message>
        <source>ROI by source</source>
        <translation>各來源投資報酬率</translation>
    </message>
    <message>
        <source>(Revenue of the source − spend of the source) / spend of the source; return on spend = revenue / spend.</source>
        <translation>（該來源的銷售額 − 該來源的支出）/ 該來源的支出；投入產出比 = 銷售額 / 支出。</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Return on spend</source>
        <translation>投入產出比</translation>
    </message>
    <message>
        <source>CAC by source</source>
        <translation>各來源客戶獲取成本</translation>
    </message>
    <message>
        <source>Marketing and sales spend of the source / new customers whose first won deal came from that source.</source>
        <translation>該來源的行銷與銷售支出 / 首個贏單來自該來源的新增客戶數。</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>客戶獲取成本 (CAC)</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>銷售代表</translation>
    </message>
    <message>
        <source>Per rep: deals won, revenue, win rate, sales cycle, quota and attainment.</source>
        <translation>每位銷售代表：贏單數、銷售額、贏單率、銷售週期、配額和完成率。</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>贏單數</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>銷售週期長度</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配額</translation>
    </message>
    <message>
        <source>Opportunities by source</source>
        <translation>銷售機會的來源</translation>
    </message>
    <message>
        <source>Per source, the deals created in the period, their share of all deals created, how many of them are won by now and that win rate.</source>
        <translation>每個來源：本期新增的商機、佔全部新增商機的比例、其中至今贏單的數量及贏單率。</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Won by now</source>
        <translation>至今贏單</translation>
    </message>
    <message>
        <source>Expected revenue by source</source>
        <translation>主要來源的預計收入</translation>
    </message>
    <message>
        <source>Weighted pipeline grouped by the deal&apos;s source, with its share of the weighted pipeline.</source>
        <translation>按商機來源分組的加權管道金額及其佔比。</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加權管道金額</translation>
    </message>
    <message>
        <source>MRR by month</source>
        <translation>按月 MRR</translation>
    </message>
    <message>
        <source>For each month of the period, the MRR on the month&apos;s last day (or on the period&apos;s end).</source>
        <translation>本期每個月最後一天（或本期結束日）的 MRR。</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Activities by type</source>
        <translation>按類型的活動</translation>
    </message>
    <message>
        <source>Count of the activities of the period per type, with its share.</source>
        <translation>本期各類型活動的數量及其佔比。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>銷售活動</translation>
    </message>
    <message>
        <source>Time spent selling by rep</source>
        <translation>各銷售代表銷售時間佔比</translation>
    </message>
    <message>
        <source>Per person with an activity in the period: selling hours / their working time.</source>
        <translation>本期有活動的每個人：銷售小時數 / 其工作時間。</translation>
    </message>
    <message>
        <source>Time selling</source>
        <translation>銷售時間</translation>
    </message>
    <message>
        <source>Selling hours</source>
        <translation>銷售小時數</translation>
    </message>
    <message>
        <source>Revenue of the previous period</source>
        <extracomment>input key of ``kpi_core.explain`` -&gt; (caption, unit); KPI ids among the inputs take the KPI&apos;s own label and unit and need no row here</extracomment>
        <translation>上期銷售額</translation>
    </message>
    <message>
        <source>Deals won with an exchange rate</source>
        <translation>有匯率的贏單數</translation>
    </message>
    <message>
        <source>Reps active</source>
        <translation>活躍銷售代表</translation>
    </message>
    <message>
        <source>Costs of the won deals</source>
        <translation>贏單商機的成本</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>新增商機數</translation>
    </message>
    <message>
        <source>Converted into a deal</source>
        <translation>轉換為商機</translation>
    </message>
    <message>
        <source>Reached SQL</source>
        <translation>到達 SQL</translation>
    </message>
    <message>
        <source>Value of the deals open at period end</source>
        <translation>期末進行中商機的金額</translation>
    </message>
    <message>
        <source>Quotas of the period</source>
        <translation>本期配額</translation>
    </message>
    <message>
        <source>Deals open at period end</source>
        <translation>期末進行中的商機</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS 回答數</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合約</translation>
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
        <translation>期初有 MRR 的客戶</translation>
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
        <translation>保留的 MRR（每個客戶取期初與期末的較小值）</translation>
    </message>
    <message>
        <source>New monthly value, last 365 days</source>
        <translation>新增月度價值，近 365 天</translation>
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
        <translation>此前十二個月的銷售額</translation>
    </message>
    <message>
        <source>Amounts of those deals</source>
        <translation>這些商機的金額</translation>
    </message>
    <message>
        <source>List prices of those deals</source>
        <translation>這些商機的標價</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>售出數量</translation>
    </message>
    <message>
        <source>Amounts of the previous period</source>
        <translation>上期金額</translation>
    </message>
    <message>
        <source>Units sold in the previous period</source>
        <translation>上期售出數量</translation>
    </message>
    <message>
        <source>Activities with hours</source>
        <translation>有工時的活動</translation>
    </message>
    <message>
        <source>Working time of one rep</source>
        <translation>一位銷售代表的工作時間</translation>
    </message>
    <message>
        <source>People with an activity</source>
        <translation>有活動的人數</translation>
    </message>
    <message>
        <source>Deals left out</source>
        <extracomment>inputs that are bookkeeping, shown only when above 0 and then as a sentence</extracomment>
        <translation>未計入的商機</translation>
    </message>
    <message>
        <source>{0} deals have no exchange rate for their currency</source>
        <translation>{0} 個商機的幣別沒有匯率</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>the key of a breakdown row whose key is empty (``null`` in the JSON)</extracomment>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Not enough data in this period.</source>
        <translation>本期間資料不足。</translation>
    </message>
    <message>
        <source>There are no deals yet, or none matches the filters.</source>
        <translation>還沒有商機，或沒有商機符合篩選條件。</translation>
    </message>
    <message>
        <source>The forecast is company-wide; clear the filters to compare it.</source>
        <translation>銷售預測是全公司的；清除篩選後才能對比。</translation>
    </message>
    <message>
        <source>No deal won in this period.</source>
        <translation>本期間沒有贏單。</translation>
    </message>
    <message>
        <source>No deal was won or lost in this period.</source>
        <translation>本期間沒有贏單或輸單。</translation>
    </message>
    <message>
        <source>No lead was created in this period.</source>
        <translation>本期間沒有新增線索。</translation>
    </message>
    <message>
        <source>No customer at the start of the period.</source>
        <translation>期初沒有客戶。</translation>
    </message>
    <message>
        <source>No rep has a quota above 0 inside this period.</source>
        <translation>本期間沒有配額大於 0 的銷售代表。</translation>
    </message>
    <message>
        <source>No contract (a won deal with contract months) matches the filters.</source>
        <translation>沒有符合篩選條件的合約（帶合約月數的贏單商機）。</translation>
    </message>
    <message>
        <source>No account had recurring revenue at the start of the period.</source>
        <translation>期初沒有客戶有經常性收入。</translation>
    </message>
    <message>
        <source>Sum of the amounts of the deals won in the period.</source>
        <translation>本期贏單商機的金額之和。</translation>
    </message>
    <message>
        <source>Count of the deals won in the period.</source>
        <translation>本期贏單的商機數。</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>輸單數</translation>
    </message>
    <message>
        <source>Count of the deals lost in the period.</source>
        <translation>本期輸單的商機數。</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>銷售額成長率</translation>
    </message>
    <message>
        <source>(Revenue − revenue of the previous period) / revenue of the previous period.</source>
        <translation>（銷售額 − 上期銷售額）/ 上期銷售額。</translation>
    </message>
    <message>
        <source>No revenue in the previous period to compare with.</source>
        <translation>上期沒有銷售額可供對比。</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>平均成交金額</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>平均成交金額</translation>
    </message>
    <message>
        <source>Revenue / deals won.</source>
        <translation>銷售額 / 贏單數。</translation>
    </message>
    <message>
        <source>New-customer revenue share</source>
        <translation>新增客戶銷售額佔比</translation>
    </message>
    <message>
        <source>New-customer share</source>
        <translation>新增客戶佔比</translation>
    </message>
    <message>
        <source>Revenue of the deals won in the period by new customers / revenue.</source>
        <translation>本期新增客戶贏單商機的銷售額 / 銷售額。</translation>
    </message>
    <message>
        <source>No revenue in this period.</source>
        <translation>本期間沒有銷售額。</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Over the deals won in the period that have a cost: (sum of their amounts − sum of their costs) / sum of their amounts.</source>
        <translation>對本期有成本的贏單商機：（金額之和 − 成本之和）/ 金額之和。</translation>
    </message>
    <message>
        <source>No deal won in this period has a recorded cost.</source>
        <translation>本期沒有記錄了成本的贏單商機。</translation>
    </message>
    <message>
        <source>Net profit margin</source>
        <translation>淨利潤率</translation>
    </message>
    <message>
        <source>(Revenue − recorded costs of the won deals − all spend dated in the period) / revenue.</source>
        <translation>（銷售額 − 贏單商機的已記錄成本 − 本期所有支出）/ 銷售額。</translation>
    </message>
    <message>
        <source>No revenue in this period, or nothing recorded to subtract (no deal cost and no spend).</source>
        <translation>本期沒有銷售額，或沒有可扣除的記錄（沒有商機成本也沒有支出）。</translation>
    </message>
    <message>
        <source>Sales per rep</source>
        <translation>每位銷售代表的銷售額</translation>
    </message>
    <message>
        <source>Revenue / number of reps active in the period.</source>
        <translation>銷售額 / 本期活躍的銷售代表人數。</translation>
    </message>
    <message>
        <source>No rep was active in this period.</source>
        <translation>本期沒有活躍的銷售代表。</translation>
    </message>
    <message>
        <source>Annual contract value</source>
        <translation>年度合約價值 (ACV)</translation>
    </message>
    <message>
        <source>Contract value (ACV)</source>
        <translation>年度合約價值 (ACV)</translation>
    </message>
    <message>
        <source>Mean over the deals won in the period with contract months &gt; 0 of (amount − one-time fee) / (contract months / 12).</source>
        <translation>本期合約月數 &gt; 0 的贏單商機的（金額 − 一次性費用）/（合約月數 / 12）的平均值。</translation>
    </message>
    <message>
        <source>No deal won in this period has a contract length.</source>
        <translation>本期沒有帶合約期限的贏單商機。</translation>
    </message>
    <message>
        <source>Deals won / (deals won + deals lost), both closed in the period.</source>
        <translation>贏單數 /（贏單數 + 輸單數），均為本期結束的商機。</translation>
    </message>
    <message>
        <source>Opportunity win rate</source>
        <translation>商機贏單率</translation>
    </message>
    <message>
        <source>Of the deals created in the period, the share won by now.</source>
        <translation>本期新增的商機中，至今贏單的比例。</translation>
    </message>
    <message>
        <source>No deal was created in this period.</source>
        <translation>本期間沒有新增商機。</translation>
    </message>
    <message>
        <source>Lead conversion rate</source>
        <translation>線索轉換率</translation>
    </message>
    <message>
        <source>Lead conversion</source>
        <translation>線索轉換率</translation>
    </message>
    <message>
        <source>Of the leads created in the period, the share converted into a deal.</source>
        <translation>本期新增的線索中，轉換為商機的比例。</translation>
    </message>
    <message>
        <source>MQL → SQL rate</source>
        <translation>行銷合格線索 (MQL) 到銷售合格線索 (SQL) 轉換率</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>Of the leads created in the period, the share that reached SQL.</source>
        <translation>本期新增的線索中，到達 SQL 的比例。</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>合格線索數</translation>
    </message>
    <message>
        <source>Count of the leads whose SQL date lies in the period.</source>
        <translation>SQL 日期在本期內的線索數。</translation>
    </message>
    <message>
        <source>Pipeline coverage</source>
        <translation>管道覆蓋率</translation>
    </message>
    <message>
        <source>Value of the deals open at period end / (sum of all reps&apos; quotas of the period − revenue).</source>
        <translation>期末進行中商機的金額 /（本期所有銷售代表配額之和 − 銷售額）。</translation>
    </message>
    <message>
        <source>The quotas of this period are already met, or there is no quota.</source>
        <translation>本期配額已完成，或沒有配額。</translation>
    </message>
    <message>
        <source>Mean of (close date − creation date) in days over the deals won in the period.</source>
        <translation>本期贏單商機的（結束日期 − 建立日期）天數的平均值。</translation>
    </message>
    <message>
        <source>Deal velocity</source>
        <translation>交易速度</translation>
    </message>
    <message>
        <source>Mean of (close date − creation date) in days over the deals won or lost in the period.</source>
        <translation>本期贏單或輸單商機的（結束日期 − 建立日期）天數的平均值。</translation>
    </message>
    <message>
        <source>Pipeline velocity</source>
        <translation>銷售漏斗流速</translation>
    </message>
    <message>
        <source>(Deals open at period end × average deal size × win rate) / sales cycle days.</source>
        <translation>（期末進行中商機數 × 平均成交金額 × 贏單率）/ 銷售週期天數。</translation>
    </message>
    <message>
        <source>Needs an average deal, a win rate and a sales cycle above 0 days in this period.</source>
        <translation>需要本期的平均成交金額、贏單率和大於 0 天的銷售週期。</translation>
    </message>
    <message>
        <source>Pipeline velocity (30 days)</source>
        <translation>銷售漏斗流速（30 天）</translation>
    </message>
    <message>
        <source>Velocity (30 days)</source>
        <translation>流速（30 天）</translation>
    </message>
    <message>
        <source>Pipeline velocity × 30.</source>
        <translation>銷售漏斗流速 × 30。</translation>
    </message>
    <message>
        <source>Sum over the deals open at period end of amount × probability: an open deal&apos;s own probability, else its stage&apos;s default, else the first stage&apos;s; a deal closed after period end takes its stage&apos;s default (never its own).</source>
        <translation>期末進行中商機的 金額 × 機率 之和：進行中商機用其自身機率，否則用其階段的預設機率，再否則用第一階段的；期末之後結束的商機用其階段的預設機率（不用自身機率）。</translation>
    </message>
    <message>
        <source>Accounts whose first-ever won deal closes in the period.</source>
        <translation>首個贏單在本期結束的客戶。</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>客戶獲取成本 (CAC)</translation>
    </message>
    <message>
        <source>Acquisition cost (CAC)</source>
        <translation>客戶獲取成本 (CAC)</translation>
    </message>
    <message>
        <source>Marketing and sales spend of the period / new customers.</source>
        <translation>本期行銷與銷售支出 / 新增客戶數。</translation>
    </message>
    <message>
        <source>No marketing or sales spend is recorded in this period, or there is no new customer.</source>
        <translation>本期沒有記錄行銷或銷售支出，或沒有新增客戶。</translation>
    </message>
    <message>
        <source>Customers at start</source>
        <translation>期初客戶數</translation>
    </message>
    <message>
        <source>Customers on the day before the period starts.</source>
        <translation>期間開始前一天的客戶數。</translation>
    </message>
    <message>
        <source>Customers at end</source>
        <translation>期末客戶數</translation>
    </message>
    <message>
        <source>Customers on the last day of the period.</source>
        <translation>期間最後一天的客戶數。</translation>
    </message>
    <message>
        <source>Churned customers</source>
        <translation>流失客戶數</translation>
    </message>
    <message>
        <source>Customers at period start whose churn date lies in the period.</source>
        <translation>期初客戶中流失日期在本期內的客戶數。</translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation>客戶流失率</translation>
    </message>
    <message>
        <source>Churned customers / customers at start.</source>
        <translation>流失客戶數 / 期初客戶數。</translation>
    </message>
    <message>
        <source>Net customer churn</source>
        <translation>淨客戶流失率</translation>
    </message>
    <message>
        <source>(Churned customers − new customers) / customers at start.</source>
        <translation>（流失客戶數 − 新增客戶數）/ 期初客戶數。</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>客戶保留率</translation>
    </message>
    <message>
        <source>Customers at period start who are still customers at period end / customers at start.</source>
        <translation>期初客戶中期末仍是客戶的數量 / 期初客戶數。</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLTV)</source>
        <translation>客戶終身價值 (CLTV)</translation>
    </message>
    <message>
        <source>Lifetime value (CLTV)</source>
        <translation>客戶終身價值 (CLTV)</translation>
    </message>
    <message>
        <source>Average yearly revenue per customer (revenue of the 365 days ending with the period / accounts with a deal won in them) × lifetime in years (1 / churn rate of those days, else the workspace setting).</source>
        <translation>每位客戶的年均銷售額（截至本期末 365 天的銷售額 / 這段時間內有贏單的客戶數）× 以年計的生命週期（1 / 這段時間的客戶流失率，否則用工作區設定）。</translation>
    </message>
    <message>
        <source>No deal with an account was won in the twelve months up to the end of the period.</source>
        <translation>截至本期末的十二個月內沒有關聯客戶的贏單。</translation>
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
        <translation>需要客戶終身價值和客戶獲取成本。</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>淨推薦值 (NPS)</translation>
    </message>
    <message>
        <source>(Promoters − detractors) / responses × 100 over the responses in the period.</source>
        <translation>本期回答中（推薦者 − 批評者）/ 回答數 × 100。</translation>
    </message>
    <message>
        <source>No NPS answer in this period.</source>
        <translation>本期間沒有 NPS 回答。</translation>
    </message>
    <message>
        <source>Reps at quota</source>
        <translation>達成配額的銷售代表佔比</translation>
    </message>
    <message>
        <source>Reps whose revenue in the period ≥ their quota / reps with a quota above 0 in the period.</source>
        <translation>本期銷售額 ≥ 其配額的銷售代表數 / 本期配額大於 0 的銷售代表數。</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>銷售預測準確率</translation>
    </message>
    <message>
        <source>1 − |revenue − forecast| / revenue.</source>
        <translation>1 − |銷售額 − 銷售預測| / 銷售額。</translation>
    </message>
    <message>
        <source>The period has no company forecast, or no revenue.</source>
        <translation>本期沒有全公司的銷售預測，或沒有銷售額。</translation>
    </message>
    <message>
        <source>Team quota attainment</source>
        <translation>團隊配額完成率</translation>
    </message>
    <message>
        <source>Team attainment</source>
        <translation>團隊配額完成率</translation>
    </message>
    <message>
        <source>Revenue of the reps with a quota above 0 in the period / sum of those quotas.</source>
        <translation>本期配額大於 0 的銷售代表的銷售額 / 這些配額之和。</translation>
    </message>
    <message>
        <source>Leads created</source>
        <translation>管道中的新線索</translation>
    </message>
    <message>
        <source>Count of the leads created in the period.</source>
        <translation>本期新增的線索數。</translation>
    </message>
    <message>
        <source>Opportunities created</source>
        <translation>新增商機</translation>
    </message>
    <message>
        <source>Count of the deals created in the period.</source>
        <translation>本期新增的商機數。</translation>
    </message>
    <message>
        <source>Monthly recurring revenue (MRR)</source>
        <translation>每月經常性收入 (MRR)</translation>
    </message>
    <message>
        <source>Sum of the monthly values ((amount − one-time fee) / contract months) of the contracts active on the last day of the period.</source>
        <translation>本期最後一天有效合約的月度價值（（金額 − 一次性費用）/ 合約月數）之和。</translation>
    </message>
    <message>
        <source>Annual recurring revenue (ARR)</source>
        <translation>年度經常性收入 (ARR)</translation>
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
        <translation>MRR 成長率</translation>
    </message>
    <message>
        <source>(MRR at period end − MRR at start) / MRR at start.</source>
        <translation>（期末 MRR − 期初 MRR）/ 期初 MRR。</translation>
    </message>
    <message>
        <source>No recurring revenue at the start of the period.</source>
        <translation>期初沒有經常性收入。</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>淨收入留存率</translation>
    </message>
    <message>
        <source>Net retention (NRR)</source>
        <translation>淨收入留存率 (NRR)</translation>
    </message>
    <message>
        <source>Over the accounts with MRR at start: their MRR at period end / their MRR at start (expansion, contraction and churn included).</source>
        <translation>對期初有 MRR 的客戶：其期末 MRR / 其期初 MRR（含擴張、收縮和流失）。</translation>
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
        <translation>對期初有 MRR 的客戶：每個客戶期末與期初 MRR 中較小值之和 / 其期初 MRR。</translation>
    </message>
    <message>
        <source>Growth ceiling (MRR)</source>
        <translation>成長上限 (MRR)</translation>
    </message>
    <message>
        <source>Growth ceiling</source>
        <translation>成長上限</translation>
    </message>
    <message>
        <source>The MRR at which new contracts just replace what leaves: new monthly value of the last 365 days × average MRR / MRR lost in them.</source>
        <translation>新合約恰好彌補流失時的 MRR：近 365 天新增月度價值 × 平均 MRR / 這段時間流失的 MRR。</translation>
    </message>
    <message>
        <source>No recurring revenue was lost in the last twelve months, so there is no ceiling.</source>
        <translation>近十二個月沒有流失經常性收入，因此沒有上限。</translation>
    </message>
    <message>
        <source>Sales efficiency</source>
        <translation>銷售效率</translation>
    </message>
    <message>
        <source>(ARR at period end − ARR at start) / marketing and sales spend of the period.</source>
        <translation>（期末 ARR − 期初 ARR）/ 本期行銷與銷售支出。</translation>
    </message>
    <message>
        <source>No marketing or sales spend in this period, or no contract.</source>
        <translation>本期沒有行銷或銷售支出，或沒有合約。</translation>
    </message>
    <message>
        <source>Revenue, trailing twelve months</source>
        <translation>近12個月銷售額</translation>
    </message>
    <message>
        <source>Revenue (12 months)</source>
        <translation>近12個月銷售額</translation>
    </message>
    <message>
        <source>Revenue of the deals won in the 365 days ending with the period.</source>
        <translation>截至本期末 365 天內贏單商機的銷售額。</translation>
    </message>
    <message>
        <source>Growth, trailing twelve months</source>
        <translation>近12個月成長率</translation>
    </message>
    <message>
        <source>Growth (12 months)</source>
        <translation>近12個月成長率</translation>
    </message>
    <message>
        <source>(Revenue of the trailing twelve months − revenue of the twelve months before) / revenue of the twelve months before.</source>
        <translation>（近十二個月銷售額 − 此前十二個月銷售額）/ 此前十二個月銷售額。</translation>
    </message>
    <message>
        <source>No revenue in the twelve months before the trailing year.</source>
        <translation>近一年之前的十二個月沒有銷售額。</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>平均折扣率</translation>
    </message>
    <message>
        <source>Over the deals won in the period with a list price: 1 − sum of amounts / sum of list prices.</source>
        <translation>對本期有標價的贏單商機：1 − 金額之和 / 標價之和。</translation>
    </message>
    <message>
        <source>No deal won in this period has a list price.</source>
        <translation>本期沒有帶標價的贏單商機。</translation>
    </message>
    <message>
        <source>Revenue per unit</source>
        <translation>每單位平均收入</translation>
    </message>
    <message>
        <source>Over the deals won in the period with a quantity: sum of amounts / sum of quantities.</source>
        <translation>對本期有數量的贏單商機：金額之和 / 數量之和。</translation>
    </message>
    <message>
        <source>No deal won in this period has a quantity.</source>
        <translation>本期沒有帶數量的贏單商機。</translation>
    </message>
    <message>
        <source>Marginal revenue per unit</source>
        <translation>每單位邊際收入</translation>
    </message>
    <message>
        <source>Marginal revenue/unit</source>
        <translation>每單位邊際收入</translation>
    </message>
    <message>
        <source>(Amounts − amounts of the previous period) / (units − units of the previous period), over the deals won with a quantity.</source>
        <translation>（金額 − 上期金額）/（數量 − 上期數量），基於有數量的贏單商機。</translation>
    </message>
    <message>
        <source>Needs deals with quantities in this and the previous period, and a different number of units.</source>
        <translation>需要本期和上期都有帶數量的商機，且數量不同。</translation>
    </message>
    <message>
        <source>Count of the activities done in the period.</source>
        <translation>本期完成的活動數。</translation>
    </message>
    <message>
        <source>Sum of the hours of the selling activities (calls, meetings, e-mails, demos, proposals) of the period.</source>
        <translation>本期銷售活動（電話、會議、電子郵件、示範、方案）的小時數之和。</translation>
    </message>
    <message>
        <source>Time spent selling</source>
        <translation>銷售時間佔比</translation>
    </message>
    <message>
        <source>Selling hours / (working time of one rep in the period × people with an activity in the period).</source>
        <translation>銷售小時數 /（本期一位銷售代表的工作時間 × 本期有活動的人數）。</translation>
    </message>
    <message>
        <source>No activity of this period has hours.</source>
        <translation>本期沒有記錄工時的活動。</translation>
    </message>
    <message>
        <source>Activities per won deal</source>
        <translation>每個贏單的活動數</translation>
    </message>
    <message>
        <source>Activities per win</source>
        <translation>每個贏單的活動數</translation>
    </message>
    <message>
        <source>Activities / deals won.</source>
        <translation>活動數 / 贏單數。</translation>
    </message>
    <message>
        <source>Recurring revenue</source>
        <translation>經常性收入</translation>
    </message>
    <message>
        <source>Record contract lengths on won deals to see recurring revenue.</source>
        <translation>在贏單商機上記錄合約期限即可檢視經常性收入。</translation>
    </message>
    <message>
        <source>Log calls, meetings and demos to see how your team spends its time.</source>
        <translation>記錄電話、會議和示範，即可瞭解團隊如何分配時間。</translation>
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
        <translation>擴張</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>收縮</translation>
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
        <translation>按月 MRR：新增、擴張和流失</translation>
    </message>
    <message>
        <source>Per month and account: new = MRR at month end of an account without MRR the day before the month; expansion or contraction = the change of an account with MRR before and after; lost = MRR before of an account without MRR at month end. MRR at month end = MRR at month start + new + expansion − contraction − lost.</source>
        <translation>按月按客戶：新增 = 上月末沒有 MRR 的客戶在月末的 MRR；擴張或收縮 = 前後都有 MRR 的客戶的變化；流失 = 月末沒有 MRR 的客戶之前的 MRR。月末 MRR = 月初 MRR + 新增 + 擴張 − 收縮 − 流失。</translation>
    </message>
    <message>
        <source>No month of this period has started yet.</source>
        <translation>本期還沒有已開始的月份。</translation>
    </message>
    <message>
        <source>Opportunities and expected revenue by source</source>
        <translation>各來源的商機與預計收入</translation>
    </message>
    <message>
        <source>How the team spends its time</source>
        <translation>團隊如何分配時間</translation>
    </message>
    <message>
        <source>Trailing twelve months, price and volume</source>
        <translation>近十二個月、價格與數量</translation>
    </message>
</context>
<context>
    <name>licence</name>
    <message>
        <source>Licence installed.</source>
        <translation>授權已安裝。</translation>
    </message>
    <message>
        <source>Licensed to {0} &lt;{1}&gt;.</source>
        <translation>授權給 {0} &lt;{1}&gt;。</translation>
    </message>
    <message>
        <source>{0} edition, %n seat(s); updates until {1}.</source>
        <translation>{0}版，%n 個席位；更新至 {1}。</translation>
    </message>
    <message>
        <source>Evaluation copy: everything works and nothing is locked; printed reviews carry an “Evaluation copy” line until a licence key is entered.</source>
        <translation>評估版：所有功能都可使用，沒有任何鎖定；在輸入授權金鑰之前，列印的回顧報告帶有一行「評估版」字樣。</translation>
    </message>
    <message>
        <source>Your key predates this version: Dealbook {0} was released on {1}, after its updates ended ({2}).</source>
        <translation>您的金鑰早於此版本：Dealbook {0} 發布於 {1}，在其更新期結束（{2}）之後。</translation>
    </message>
    <message>
        <source>The version you bought, Dealbook {0}, keeps working with this key for good.</source>
        <translation>您購買的版本 Dealbook {0} 可以一直使用此金鑰，永久有效。</translation>
    </message>
    <message>
        <source>The versions released until {0} keep working with this key for good.</source>
        <translation>{0} 之前發布的版本可以一直使用此金鑰，永久有效。</translation>
    </message>
    <message>
        <source>This version runs as an evaluation copy: everything works; printed reviews carry an “Evaluation copy” line. A key with updates until {0} or later covers it.</source>
        <translation>此版本以評估版執行：所有功能都可使用；列印的回顧報告帶有一行「評估版」字樣。更新期至 {0} 或更晚的金鑰涵蓋此版本。</translation>
    </message>
    <message>
        <source>Dealbook cannot save the licence in {0}.</source>
        <translation>Dealbook 無法將授權儲存到 {0}。</translation>
    </message>
    <message>
        <source>No file at {0}: check the name of the key file.</source>
        <translation>{0} 處沒有檔案：請檢查金鑰檔案的名稱。</translation>
    </message>
    <message>
        <source>Dealbook cannot read {0}.</source>
        <translation>Dealbook 無法讀取 {0}。</translation>
    </message>
    <message>
        <source>This is not a Dealbook licence key: copy the whole key from the e-mail, from the BEGIN DEALBOOK LICENCE line to the END line, and try again.</source>
        <translation>這不是 Dealbook 授權金鑰：請從電子郵件中複製完整的金鑰，從 BEGIN DEALBOOK LICENCE 行到 END 行，然後重試。</translation>
    </message>
    <message>
        <source>This licence key does not check out (a character was changed, added or lost): paste it again exactly as it came in the e-mail, or open the key file itself.</source>
        <translation>此授權金鑰核驗未通過（有字元被改動、新增或遺失）：請按電子郵件中的原樣重新貼上，或直接開啟金鑰檔案。</translation>
    </message>
    <message>
        <source>This licence key is signed but written for another version of Dealbook: ask for a key made for this version.</source>
        <translation>此授權金鑰已簽署，但是為另一個版本的 Dealbook 製作的：請索取為此版本製作的金鑰。</translation>
    </message>
    <message>
        <source>No licence key was given: paste the key from the e-mail, or open the key file.</source>
        <translation>沒有提供授權金鑰：請貼上電子郵件中的金鑰，或開啟金鑰檔案。</translation>
    </message>
    <message>
        <source>The licence saved in {0} does not check out: enter your licence key again (Help ▸ Enter licence…, or dealbook licence install FILE).</source>
        <translation>儲存在 {0} 中的授權核驗未通過：請重新輸入您的授權金鑰（說明 ▸ 輸入授權…，或 dealbook licence install FILE）。</translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <source>A background task failed ({0}: {1}). The log file has the details.</source>
        <extracomment>(text, level) -&gt; None; level is &quot;info&quot;, &quot;warning&quot; or &quot;error&quot;</extracomment>
        <translation>背景任務失敗（{0}：{1}）。日誌檔案中有詳細資訊。</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>Opening the workspace…</source>
        <translation>正在開啟工作區…</translation>
    </message>
    <message>
        <source>Opening %Ln deal(s)…</source>
        <translation>正在開啟 %Ln 個商機…</translation>
    </message>
    <message>
        <source>Creating the demo company…</source>
        <translation>正在建立示範公司…</translation>
    </message>
    <message>
        <source>Use File ▸ Connect to team database… to try again, or File ▸ Open…</source>
        <translation>請用「檔案 ▸ 連線團隊資料庫…」重試，或用「檔案 ▸ 開啟…」</translation>
    </message>
    <message>
        <source>Use File ▸ Open… or File ▸ New database…</source>
        <translation>請使用 檔案 ▸ 開啟… 或 檔案 ▸ 新增資料庫…</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made: %1</source>
        <translation>今天的自動備份未完成：%1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在開啟 %1…</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>rows read</source>
        <translation>已讀取列</translation>
    </message>
    <message>
        <source>will be added</source>
        <translation>將新增</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已新增</translation>
    </message>
    <message>
        <source>will be updated</source>
        <translation>將更新</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>already there or repeated</source>
        <translation>已存在或重複</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <source>Deals that will be imported: {0} open, {1} won, {2} lost.</source>
        <translation>將匯入的商機：{0} 個進行中，{1} 個贏單，{2} 個輸單。</translation>
    </message>
    <message>
        <source>Deals imported: {0} open, {1} won, {2} lost.</source>
        <translation>已匯入的商機：{0} 個進行中，{1} 個贏單，{2} 個輸單。</translation>
    </message>
    <message>
        <source>No rows are rejected.</source>
        <translation>沒有被拒絕的列。</translation>
    </message>
    <message>
        <source>Rejected rows ({0}): these are not imported; fix them in the file or save them.</source>
        <translation>被拒絕的列（{0}）：這些列不會匯入；請在檔案中修正或儲存它們。</translation>
    </message>
    <message>
        <source>Rejected rows ({0}): not imported. Save them to fix and import them later.</source>
        <translation>被拒絕的列（{0}）：未匯入。儲存它們，修正後稍後再匯入。</translation>
    </message>
    <message>
        <source>The first {0} are listed.</source>
        <translation>下面列出前 {0} 列。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Line in file</source>
        <translation>檔案中的列號</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Leads</source>
        <translation>線索</translation>
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
        <translation>活動</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>新增線索…</translation>
    </message>
    <message>
        <source>New spend…</source>
        <translation>新增支出…</translation>
    </message>
    <message>
        <source>New answer…</source>
        <translation>新增回答…</translation>
    </message>
    <message>
        <source>New activity…</source>
        <translation>新增活動…</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新增客戶…</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1（另有 %2 項）</translation>
    </message>
</context>
<context>
    <name>report_actions</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Preparing the sales review…</source>
        <translation>正在準備銷售檢討報告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sales review</source>
        <translation>銷售檢討報告</translation>
    </message>
    <message>
        <source>Save the sales review</source>
        <translation>儲存銷售檢討報告</translation>
    </message>
    <message>
        <source>Sales review saved</source>
        <translation>銷售檢討報告已儲存</translation>
    </message>
    <message>
        <source>The sales review is saved as:</source>
        <translation>銷售檢討報告已儲存為：</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>Loading the data</source>
        <translation>正在載入資料</translation>
    </message>
    <message>
        <source>Print preview: {0}</source>
        <translation>列印預覽：{0}</translation>
    </message>
    <message>
        <source>Print {0}</source>
        <translation>列印 {0}</translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <source>Sales review {0}.pdf</source>
        <translation>銷售檢討報告 {0}.pdf</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>No deals were created in this period.</source>
        <translation>本期間沒有新增的商機。</translation>
    </message>
    <message>
        <source>No months in this period.</source>
        <translation>本期間沒有月份。</translation>
    </message>
    <message>
        <source>No revenue in this period.</source>
        <translation>本期間沒有銷售額。</translation>
    </message>
    <message>
        <source>No NPS answers in this period.</source>
        <translation>本期間沒有 NPS 回答。</translation>
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
        <translation>商機</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Prob. %</source>
        <translation>機率 %</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預計</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Deal list</source>
        <translation>商機列表</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>沒有商機。</translation>
    </message>
    <message>
        <source>{0} deals</source>
        <translation>{0} 個商機</translation>
    </message>
    <message>
        <source>Evaluation copy</source>
        <translation>評估版</translation>
    </message>
    <message>
        <source>No data for this period.</source>
        <translation>本期間沒有資料。</translation>
    </message>
    <message>
        <source>Printed on {0}</source>
        <translation>列印於 {0}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>（無來源）</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>無副檔名</translation>
    </message>
    <message>
        <source>Dealbook cannot write a report as {0}: name the output file .pdf, .html or .xlsx.</source>
        <translation>Dealbook 無法將報告寫為 {0}：請將輸出檔案命名為 .pdf、.html 或 .xlsx。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file. Give a file name inside it.</source>
        <translation>{0} 是資料夾，不是檔案。請在其中給出一個檔名。</translation>
    </message>
    <message>
        <source>The folder {0} does not exist: create it or choose another.</source>
        <translation>資料夾 {0} 不存在：請建立它或另選一個。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 頁，共 {1} 頁</translation>
    </message>
    <message>
        <source>Owner: {0}</source>
        <translation>負責人：{0}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>來源：{0}</translation>
    </message>
    <message>
        <source>Product: {0}</source>
        <translation>產品：{0}</translation>
    </message>
    <message>
        <source>Computing the period</source>
        <translation>正在計算本期</translation>
    </message>
    <message>
        <source>Computing the previous period</source>
        <translation>正在計算上期</translation>
    </message>
    <message>
        <source>Computing the year before</source>
        <translation>正在計算上年同期</translation>
    </message>
    <message>
        <source>Laying out the review</source>
        <translation>正在排版報告</translation>
    </message>
    <message>
        <source>All owners, sources and products</source>
        <translation>所有負責人、來源和產品</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>{0} deals have no exchange rate for their currency and are left out of the money figures.</source>
        <translation>{0} 個商機的幣別沒有匯率，未計入金額指標。</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>the review&apos;s XLSX sheet names (``Section.sheet_name``), translated by the XLSX writer</extracomment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Deals created in the period, by the stage they reached</source>
        <translation>本期新增的商機，按所到達的階段</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Revenue by month against the year before</source>
        <translation>按月銷售額與上年同期對比</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>按月銷售額</translation>
    </message>
    <message>
        <source>Revenue by source</source>
        <translation>按來源的銷售額</translation>
    </message>
    <message>
        <source>Leads and deals: created in the period. Won: deals won in the period. ROI: (revenue − spend) / spend of the source.</source>
        <translation>線索和商機：本期新增。贏單：本期贏單的商機。ROI：（銷售額 − 支出）/ 該來源的支出。</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>按月銷售額</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>銷售代表</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
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
        <translation>經常性收入</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>NPS by month</source>
        <translation>按月 NPS</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>淨推薦值 (NPS)</translation>
    </message>
    <message>
        <source>All figures</source>
        <translation>全部指標</translation>
    </message>
    <message>
        <source>Appendix: formulas</source>
        <translation>附錄：公式</translation>
    </message>
    <message>
        <source>— means the figure is undefined (no data or a zero denominator).</source>
        <translation>— 表示該指標無定義（沒有資料或分母為零）。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>全部回答</translation>
    </message>
    <message>
        <source>Net Promoter Score of the period: {0}</source>
        <translation>本期淨推薦值：{0}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>銷售額</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>線索</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商機</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>贏單</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>區間</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回答數</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>推薦者（9–10）</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Passives ({0})</source>
        <translation>被動者（{0}）</translation>
    </message>
    <message>
        <source>Detractors ({0})</source>
        <translation>批評者（{0}）</translation>
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
        <translation>期間</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>幣別</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>列印於</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Sales review</source>
        <translation>銷售檢討報告</translation>
    </message>
    <message>
        <source>No Chinese font is installed, so Chinese text may show as empty boxes. Install one (Noto Sans CJK, e.g. the fonts-noto-cjk package, or WenQuanYi Micro Hei) and start Dealbook again.</source>
        <translation>未安裝中文字型，中文可能顯示為空白方框。請安裝一種中文字型（Noto Sans CJK，例如 fonts-noto-cjk 軟體包，或文泉驛微米黑），然後重新啟動 Dealbook。</translation>
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
        <translation>經理</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>銷售代表</translation>
    </message>
    <message>
        <source>Team database: %1 on %2 as %3 (%4)</source>
        <translation>團隊資料庫：%2 上的 %1，身分為 %3（%4）</translation>
    </message>
    <message>
        <source>The team database cannot be reached. Your changes are kept; Dealbook is trying again.</source>
        <translation>無法連線團隊資料庫。您的修改已保留；Dealbook 正在重試。</translation>
    </message>
    <message>
        <source>Team database: %1 on %2 as %3 (%4, %5)</source>
        <translation>團隊資料庫：%2 上的 %1，身分為 %3（%4，%5）</translation>
    </message>
    <message>
        <source>Team database: %1 on %2 as %3</source>
        <translation>團隊資料庫：%2 上的 %1，身分為 %3</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Restored %1. Your previous file was kept as %2.</source>
        <translation>已還原 %1。您之前的檔案已保留為 %2。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Replace the data in %1 with the backup %2? A copy of the current file is kept.</source>
        <translation>用備份 %2 替換 %1 中的資料？會保留當前檔案的副本。</translation>
    </message>
</context>
</TS>
