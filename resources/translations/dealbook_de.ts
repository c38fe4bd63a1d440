<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/reports/chart_draw.py" line="87"/>
        <source>No deals were created in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/chart_draw.py" line="112"/>
        <source>{0} of previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/chart_draw.py" line="157"/>
        <source>No months in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/chart_draw.py" line="174"/>
        <location filename="../../desktop_app/reports/document.py" line="91"/>
        <location filename="../../desktop_app/reports/xlsx_writer.py" line="107"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/chart_draw.py" line="174"/>
        <location filename="../../desktop_app/reports/review_sections.py" line="132"/>
        <source>Year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/chart_draw.py" line="198"/>
        <source>No revenue in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/chart_draw.py" line="225"/>
        <source>No NPS answers in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="16"/>
        <source>ID</source>
        <extracomment>column -&gt; (title, kind, weight); the order in which known columns are printed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="17"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="18"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="19"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="20"/>
        <location filename="../../desktop_app/reports/review_sections.py" line="178"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="21"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="22"/>
        <location filename="../../desktop_app/reports/review_sections.py" line="102"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="23"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="24"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="25"/>
        <source>Cur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="26"/>
        <source>Prob. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="27"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="28"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="29"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="80"/>
        <source>Deal list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="102"/>
        <location filename="../../desktop_app/reports/deal_list.py" line="111"/>
        <source>{0} deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/deal_list.py" line="104"/>
        <source>No deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/document.py" line="43"/>
        <source>No data for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/document.py" line="90"/>
        <location filename="../../desktop_app/reports/review_sections.py" line="268"/>
        <location filename="../../desktop_app/reports/xlsx_writer.py" line="107"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/document.py" line="92"/>
        <location filename="../../desktop_app/reports/xlsx_writer.py" line="107"/>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/document.py" line="93"/>
        <location filename="../../desktop_app/reports/review_sections.py" line="133"/>
        <location filename="../../desktop_app/reports/xlsx_writer.py" line="107"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/document.py" line="166"/>
        <source>Printed on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/flow.py" line="179"/>
        <source>{0}  vs previous</source>
        <extracomment>figures where a fall is good news</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/flow.py" line="181"/>
        <source>Previous period: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/output.py" line="32"/>
        <source>no extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/output.py" line="35"/>
        <source>Dealbook cannot write a report as {0}: name the output file .pdf, .html or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/output.py" line="41"/>
        <source>The folder {0} does not exist: create it or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/pdf.py" line="169"/>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/pdf.py" line="209"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/pdf.py" line="249"/>
        <source>{0} vs previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review.py" line="48"/>
        <source>Owner: {0}</source>
        <extracomment>the cover&apos;s headline figures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review.py" line="48"/>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review.py" line="48"/>
        <source>Product: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review.py" line="154"/>
        <source>Computing the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review.py" line="156"/>
        <source>Computing the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review.py" line="158"/>
        <source>Computing the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review.py" line="165"/>
        <source>Laying out the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review.py" line="183"/>
        <location filename="../../desktop_app/reports/review.py" line="199"/>
        <source>All owners, sources and products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review.py" line="208"/>
        <source>{0} deals have no exchange rate for their currency and are left out of the money figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review.py" line="214"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="86"/>
        <source>Previous period: {0}. Rates change in percentage points (pp), NPS in score points (pts), other figures in per cent. — means the figure is undefined (no data or a zero denominator).</source>
        <extracomment>the summary&apos;s figures, in reading order the summary&apos;s second table: the volume behind the figures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="93"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="95"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="103"/>
        <location filename="../../desktop_app/reports/review_sections.py" line="180"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="104"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="109"/>
        <source>Deals created in the period, by the stage they reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="112"/>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="130"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="131"/>
        <location filename="../../desktop_app/reports/review_sections.py" line="182"/>
        <location filename="../../desktop_app/reports/review_sections.py" line="208"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="140"/>
        <source>Revenue by month against the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="145"/>
        <source>Revenue by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="179"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="181"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="183"/>
        <location filename="../../desktop_app/reports/review_sections.py" line="211"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="184"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="185"/>
        <source>CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="186"/>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="191"/>
        <source>Revenue by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="194"/>
        <source>Leads and deals: created in the period. Won: deals won in the period. ROI: (revenue − spend) / spend of the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="199"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="206"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="207"/>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="209"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="210"/>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="212"/>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="228"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="234"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="244"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="245"/>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="246"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="249"/>
        <source>Promoters (9–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="250"/>
        <source>Passives ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="252"/>
        <source>Detractors ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="257"/>
        <source>All responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="260"/>
        <source>Net Promoter Score of the period: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="261"/>
        <source>NPS by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="262"/>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="268"/>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/review_sections.py" line="271"/>
        <source>Appendix: formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/xlsx_writer.py" line="152"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/xlsx_writer.py" line="153"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/xlsx_writer.py" line="154"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/xlsx_writer.py" line="155"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/xlsx_writer.py" line="156"/>
        <source>Printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/xlsx_writer.py" line="160"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/xlsx_writer.py" line="160"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/reports/xlsx_writer.py" line="178"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/deals_page.py" line="25"/>
        <source>DealsPage</source>
        <comment>Deals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/deals_page.py" line="27"/>
        <source>DealsPage</source>
        <comment>New deal…</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="91"/>
        <source>About Dealbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="102"/>
        <source>The offline sales-KPI desk for small B2B teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="103"/>
        <source>Single-user licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="104"/>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="107"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="108"/>
        <source>Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../desktop_app/ui/dashboard/chart_card.py" line="56"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/chart_card.py" line="62"/>
        <source>PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/chart_card.py" line="63"/>
        <source>SVG image…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSections</name>
    <message>
        <location filename="../../desktop_app/ui/dashboard/sections.py" line="60"/>
        <source>Sales funnel of the deals created in the period</source>
        <extracomment>chart name, key of the bar / stage / month clicked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/sections.py" line="63"/>
        <source>Width by number of deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/sections.py" line="64"/>
        <source>Width by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/sections.py" line="75"/>
        <source>Revenue by month, against the same months a year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/sections.py" line="80"/>
        <source>Open pipeline at period end</source>
        <extracomment>(panel, spans both columns when two fit)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/sections.py" line="81"/>
        <source>Lead sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/sections.py" line="82"/>
        <source>Net Promoter Score by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/sections.py" line="83"/>
        <source>How many leads do you need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/sections.py" line="84"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/sections.py" line="85"/>
        <source>Return on spend and ROI by source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../desktop_app/charts/base.py" line="220"/>
        <source>Export as PNG…</source>
        <extracomment>the key of the bar / stage / month clicked (for drill-down)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts/base.py" line="221"/>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts/base.py" line="229"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts/base.py" line="229"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/charts/base.py" line="231"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="66"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="67"/>
        <source>Choose where each column of the file goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="72"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="73"/>
        <source>Examples from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="74"/>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="98"/>
        <source>— don&apos;t import —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="112"/>
        <source>{0} columns in the file: {1} imported, {2} left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="51"/>
        <source>Dealbook ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="56"/>
        <source>Something unexpected happened. Your data is safe: every change you saved is in the database. Please copy this report and send it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash.py" line="67"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop_app/ui/dashboard/planner_panel.py" line="17"/>
        <source>Lead → Deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop_app/ui/dashboard/page.py" line="114"/>
        <source>Dashboard</source>
        <extracomment>deal ids, caption (the window shows them in the deals table) a computation&apos;s results were applied (cards, charts and tables refreshed) seconds the last results took to apply on the GUI thread (for benchmarks)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/page.py" line="118"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/page.py" line="301"/>
        <source>per day · {0} per 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/page.py" line="355"/>
        <source>Could not work out the inputs ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <location filename="../../desktop_app/ui/tables/view.py" line="99"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/forms/fields.py" line="135"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/fields.py" line="139"/>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/deals_page.py" line="29"/>
        <source>Change owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/deals_page.py" line="31"/>
        <source>Change stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/deals_page.py" line="42"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/deals_page.py" line="63"/>
        <source>Showing %n deals behind %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/deals_page.py" line="75"/>
        <source>No deals yet. Use “New deal…” (Ctrl+N) or import your CRM&apos;s export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/deals_page.py" line="86"/>
        <source>Change owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/deals_page.py" line="87"/>
        <source>New owner of %n deals:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/deals_page.py" line="104"/>
        <source>Change stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/deals_page.py" line="105"/>
        <source>Move %n deals to the stage:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="131"/>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="133"/>
        <source>Nothing has been written yet. Click Import to add these rows to Dealbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="138"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../../desktop_app/ui/dashboard/explain_panel.py" line="73"/>
        <source>Close</source>
        <extracomment>deal ids, caption</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/explain_panel.py" line="91"/>
        <source>Show deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/explain_panel.py" line="103"/>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/explain_panel.py" line="104"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/explain_panel.py" line="107"/>
        <source>Working out the inputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/explain_panel.py" line="131"/>
        <source>{0} deals behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/explain_panel.py" line="133"/>
        <source>Show deals ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/dashboard/filter_bar.py" line="46"/>
        <source>Rep</source>
        <extracomment>item data of &quot;All ...&quot; (never None: PySide6 6.12 miscounts references of a None QVariant)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/filter_bar.py" line="47"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/filter_bar.py" line="48"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/filter_bar.py" line="66"/>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/filter_bar.py" line="67"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/filter_bar.py" line="68"/>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="27"/>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="43"/>
        <source>All: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="50"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="51"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="52"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="53"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="54"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="55"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="62"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/widgets/filter_bar.py" line="63"/>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulasDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="43"/>
        <source>KPI formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="47"/>
        <source>Find a KPI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="53"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="53"/>
        <source>How it is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="68"/>
        <source>The formulas are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/wizard.py" line="39"/>
        <source>Import a file</source>
        <extracomment>tables an import (or its undo) may change, for ``AppContext.notify_changed``</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/wizard.py" line="78"/>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/wizard.py" line="80"/>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/wizard.py" line="105"/>
        <source>Dealbook could not read this file ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/wizard.py" line="196"/>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/wizard.py" line="196"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="60"/>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="64"/>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="68"/>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="171"/>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="76"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="77"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="78"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="79"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="80"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="81"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="82"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="95"/>
        <source>Select an import to see its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="99"/>
        <source>No imports yet. Drop a CSV or Excel file on the window to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="128"/>
        <source>%1 (undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/imports_page.py" line="173"/>
        <source>Take back import #%1 of %2? Rows it added are removed and rows it changed get their old values back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="83"/>
        <source>Dealbook</source>
        <extracomment>emitted once, after the first paint emitted when a database is open and its pages are installed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="123"/>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="142"/>
        <source>You are exploring the demo company. Its made-up data never mixes with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>Back to my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="173"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="201"/>
        <source>%1 — Dealbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="203"/>
        <source>Demo company — Dealbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="280"/>
        <source>%1 deals · %2 leads · %3 accounts · %4 spend rows · %5 NPS answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/message_bar.py" line="30"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desktop_app/ui/dashboard/period_picker.py" line="73"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/period_picker.py" line="74"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/period_picker.py" line="75"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/period_picker.py" line="76"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/period_picker.py" line="81"/>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/period_picker.py" line="84"/>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/period_picker.py" line="139"/>
        <source>compared with {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <location filename="../../desktop_app/ui/dashboard/planner_panel.py" line="46"/>
        <source> won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/planner_panel.py" line="48"/>
        <source>This period&apos;s conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/planner_panel.py" line="49"/>
        <source>All history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/planner_panel.py" line="50"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/planner_panel.py" line="51"/>
        <source>Rates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/planner_panel.py" line="85"/>
        <source>Not enough conversion data: a step has no rate or a zero rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard/planner_panel.py" line="89"/>
        <source>You need about {0} new leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/forms/dialog.py" line="90"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/dialog.py" line="140"/>
        <source>Stage history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/dialog.py" line="140"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/dialog.py" line="184"/>
        <source>This value cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/dialog.py" line="188"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepsTab</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reps_tab.py" line="37"/>
        <source>A rep is added the first time a deal, lead or quota names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reps_tab.py" line="42"/>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reps_tab.py" line="43"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reps_tab.py" line="44"/>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reps_tab.py" line="45"/>
        <source>Won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reps_tab.py" line="46"/>
        <source>Lost deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reps_tab.py" line="47"/>
        <source>Quota rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reps_tab.py" line="80"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reps_tab.py" line="80"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="38"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="43"/>
        <source>Choose a backup. Dealbook shows what is in it before anything changes, and keeps a copy of your current file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="56"/>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="60"/>
        <source>No backup selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="65"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="76"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="89"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="98"/>
        <source>%1 (saved %2) holds %3 deals, %4 leads, %5 accounts, %6 spend rows, %7 NPS answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="256"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="257"/>
        <source>The rows are in Dealbook; every page shows them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="260"/>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="261"/>
        <source>Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="280"/>
        <source>{0} from {1} are in Dealbook. Undo takes this whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="290"/>
        <source>Taking the import back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="298"/>
        <source>The import was taken back; the workspace is as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="303"/>
        <source>Rejected rows saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="160"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="171"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="186"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="189"/>
        <source>Everything is written in one go: if you cancel, nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="194"/>
        <source>Importing {0} from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="212"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="235"/>
        <source>The import stopped on an unexpected error ({0}); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="240"/>
        <source>Nothing was imported. Click Finish and start again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="46"/>
        <source>File and detected settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="47"/>
        <source>Check what Dealbook found; change anything that looks wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="52"/>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="67"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="68"/>
        <source>Day first (31/12/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="69"/>
        <source>Month first (12/31/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="72"/>
        <source>The file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="73"/>
        <source>Exported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="74"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="75"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="122"/>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="126"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; &lt;span style=&apos;color:#5f6673&apos;&gt;in {1}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="145"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="168"/>
        <source>{0} (no known CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="170"/>
        <source>{0} (found: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="181"/>
        <source>day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="181"/>
        <source>month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="183"/>
        <source>{0}, like the other date columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="187"/>
        <source>⚠ The dates in {0} could be day-first or month-first. Dealbook reads them {1}; if that is wrong, change Dates above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="200"/>
        <source>No known CRM layout: columns matched by their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="202"/>
        <source>Detected: a Dealbook export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="205"/>
        <source>Detected: {0} export ({1} % sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="216"/>
        <source>header on line {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="217"/>
        <source>{0} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="220"/>
        <source>{0} footer lines skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="228"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="228"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="228"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_setup.py" line="247"/>
        <source>Preview: the first {0} of {1} rows, as Dealbook will store them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="138"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="148"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="153"/>
        <source>Three-letter code, e.g. USD, EUR, GBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="154"/>
        <source>Base currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="158"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="160"/>
        <source>Default customer lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="164"/>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="166"/>
        <source>New rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="170"/>
        <source>Exchange rates (units of the base currency per unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="175"/>
        <source>Pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="178"/>
        <source>In order from first contact to closing; Won and Lost are statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="187"/>
        <source>NPS and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="190"/>
        <source>Standard (detractors 0–6, promoters 9–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="191"/>
        <source>0–5 detractors, 6–8 passives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="192"/>
        <source>NPS scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="194"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="199"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="202"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="205"/>
        <source>Logo for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="213"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="216"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="250"/>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="250"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="284"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesEditor</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="46"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="46"/>
        <source>Probability %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="55"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="56"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="57"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="58"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="81"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings_page.py" line="112"/>
        <source>The probability of %1 must be a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesPage</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="146"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="148"/>
        <source>Each stage of your old CRM becomes an outcome and a stage of your pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="153"/>
        <source>Stage in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="153"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="153"/>
        <source>Stage in your pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="162"/>
        <source>Use these stages as my pipeline (first import only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="164"/>
        <source>Name, to reuse this mapping next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="166"/>
        <source>Save mapping as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="182"/>
        <source>Open (or from a status column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="183"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="184"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="187"/>
        <source>(no stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="199"/>
        <source>This file has no stage column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_mapping.py" line="202"/>
        <source>{0} stages in the file: {1} open, {2} won, {3} lost. Won deals are placed in the last stage of your pipeline; lost deals keep no stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/table_page.py" line="85"/>
        <source>New…</source>
        <extracomment>kinds whose table is a frame of the context&apos;s dataset (same columns, with ids) emitted after the rows were (re)loaded and filtered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/table_page.py" line="87"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/table_page.py" line="88"/>
        <location filename="../../desktop_app/ui/pages/table_page.py" line="255"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/table_page.py" line="92"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/table_page.py" line="93"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/table_page.py" line="101"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/table_page.py" line="217"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/table_page.py" line="219"/>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/table_page.py" line="225"/>
        <source>Nothing here yet. Use “New…” to add the first row, or import a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/table_page.py" line="256"/>
        <source>Delete %n selected rows? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/table_page.py" line="277"/>
        <source>Export the rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/table_page.py" line="279"/>
        <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/pages/table_page.py" line="288"/>
        <source>Exported %n rows to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/simple_pages.py" line="49"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/simple_pages.py" line="57"/>
        <location filename="../../desktop_app/ui/pages/simple_pages.py" line="72"/>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/simple_pages.py" line="59"/>
        <source>New quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/simple_pages.py" line="65"/>
        <location filename="../../desktop_app/ui/pages/simple_pages.py" line="73"/>
        <source>Forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/simple_pages.py" line="67"/>
        <source>New forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/simple_pages.py" line="71"/>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/welcome_page.py" line="42"/>
        <source>Welcome to Dealbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/welcome_page.py" line="47"/>
        <source>Your sales numbers, on your own computer. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/welcome_page.py" line="58"/>
        <source>Import from your CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/welcome_page.py" line="60"/>
        <source>Bring in the CSV or Excel export of Salesforce, HubSpot, Pipedrive, Zoho, Odoo or any spreadsheet. You can also drop the file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/welcome_page.py" line="63"/>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/welcome_page.py" line="67"/>
        <source>Enter your first deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/welcome_page.py" line="68"/>
        <source>Start from scratch and type your deals in as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/welcome_page.py" line="69"/>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/welcome_page.py" line="73"/>
        <source>Explore the demo company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/welcome_page.py" line="75"/>
        <source>Look around with two years of realistic made-up sales. The demo lives in its own file and never mixes with your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/welcome_page.py" line="78"/>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="42"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="44"/>
        <source>New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="45"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="48"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="50"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="52"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="53"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="54"/>
        <source>Save review as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="55"/>
        <source>PDF, HTML or Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="57"/>
        <source>Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="58"/>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="60"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="63"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="64"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="66"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="71"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="72"/>
        <source>New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="74"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="81"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="82"/>
        <source>KPI formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="83"/>
        <source>About Dealbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="103"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="105"/>
        <source>Dealbook database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="109"/>
        <source>That file exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="116"/>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="118"/>
        <source>Dealbook database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="130"/>
        <source>Importing is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="168"/>
        <source>Reports are not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="180"/>
        <source>Printing is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="192"/>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <location filename="../../desktop_app/ui/notify.py" line="38"/>
        <source>A background task failed ({0}: {1}). The log file has the details.</source>
        <extracomment>(text, level) -&gt; None; level is &quot;info&quot;, &quot;warning&quot; or &quot;error&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="37"/>
        <source>rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="38"/>
        <source>will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="38"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="39"/>
        <source>will be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="39"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="40"/>
        <source>already there or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="41"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="65"/>
        <source>Deals that will be imported: {0} open, {1} won, {2} lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="67"/>
        <source>Deals imported: {0} open, {1} won, {2} lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="78"/>
        <source>No rows are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="80"/>
        <source>Rejected rows ({0}): these are not imported; fix them in the file or save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="82"/>
        <source>Rejected rows ({0}): not imported. Save them to fix and import them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="85"/>
        <source>The first {0} are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="97"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="97"/>
        <source>Line in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="97"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_wizard/pages_run.py" line="97"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop_app/ui/pages_factory.py" line="49"/>
        <source>The dashboard is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="123"/>
        <source>Restored %1. Your previous file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="142"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/restore_dialog.py" line="143"/>
        <source>Replace the data in %1 with the backup %2? A copy of the current file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
