"""How Dealbook words and writes its figures, for every surface (Qt-free).

:mod:`~desktop_app.presentation.kpi_table` and
:mod:`~desktop_app.presentation.breakdown_table` hold the words of every KPI, breakdown and
explain input; :mod:`~desktop_app.presentation.units` the units and change rules;
:mod:`~desktop_app.presentation.format` writes values and changes;
:mod:`~desktop_app.presentation.spreadsheet` gives the XLSX number formats that show the same
text; :mod:`~desktop_app.presentation.i18n` marks words for Qt's ``lupdate``.
"""
