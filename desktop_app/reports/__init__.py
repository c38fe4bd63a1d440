"""Report documents (KPI tables and charts) to print, and to save as PDF, HTML or XLSX.

``review.build_review`` and ``deal_list.build_deal_list`` build a ``document.Document``;
``output.write_document`` writes it by extension; ``pdf.render_document`` paints it on a
printer. See ``docs/reports.md``.
"""
