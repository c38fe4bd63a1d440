"""The dashboard's style sheet: light cards on a soft grey background."""

STYLE = """
QWidget#dashboardBody { background: #F3F4F6; }
QLabel#pageTitle { font-size: 20pt; font-weight: 600; color: #111827; }
QLabel#periodLabel { font-size: 12pt; font-weight: 600; color: #111827; padding: 0 6px; }
QLabel#comparedLabel, QLabel#filterCaption { color: #6B7280; }
QLabel#updating { color: #0072B2; font-style: italic; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #374151; padding-top: 6px; }
QLabel#sectionHint { color: #6B7280; font-style: italic; padding: 2px 0 4px 0; }
QFrame#kpiCard, QFrame#panel, QFrame#explainPanel {
    background: #FFFFFF; border: 1px solid #E5E7EB; border-radius: 10px;
}
QFrame#kpiCard:hover, QFrame#kpiCard:focus { border: 1px solid #56B4E9; }
QFrame#kpiCard[selected="true"] { border: 2px solid #0072B2; }
QLabel#kpiTitle { color: #6B7280; font-size: 9pt; }
QLabel#kpiValue { color: #111827; }
QLabel#kpiChange { font-size: 9pt; }
QLabel#kpiNote { color: #6B7280; font-size: 8pt; }
QLabel#panelTitle { font-size: 11pt; font-weight: 600; color: #111827; }
QFrame#explainPanel { border: 1px solid #0072B2; }
QLabel#explainTitle { font-size: 13pt; font-weight: 600; color: #111827; }
QLabel#explainFormula { color: #1F2937; font-size: 10pt; background: #EFF6FF;
    border-radius: 6px; padding: 8px; }
QLabel#explainStatus, QLabel#plannerChain { color: #6B7280; }
QLabel#plannerAnswer { font-size: 15pt; font-weight: 600; color: #0072B2; padding: 6px 0; }
QTableView { background: #FFFFFF; border: none; alternate-background-color: #F9FAFB; }
QHeaderView::section { background: #FFFFFF; border: none; border-bottom: 1px solid #E5E7EB;
    padding: 4px 6px; font-weight: 600; color: #374151; }
QToolButton#exportButton { color: #0072B2; border: none; padding: 2px 6px; }
"""
STYLE += """
QPushButton#showDeals { background: #0072B2; color: #FFFFFF; border: none; border-radius: 6px;
    padding: 6px 16px; font-weight: 600; }
QPushButton#showDeals:disabled { background: #B8BEC6; }
QPushButton#showDeals:hover { background: #005A8C; }
"""
