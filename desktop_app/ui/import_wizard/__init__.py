"""The import wizard (``ImportWizard(context, file_path=None, parent=None)``)."""

from desktop_app.ui.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard"]
