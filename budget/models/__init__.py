from .budget import Budget, BudgetLine
from .pages import BudgetPage

__all__ = ["Budget", "BudgetLine", "BudgetPage"]
