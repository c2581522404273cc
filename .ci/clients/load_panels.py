"""Loads the long and wide panels with pandas as the docs show (CSV with parse_dates from the data
package, JSON records, and the workbook's sheets), and checks the types: numbers numeric, dates
datetime64, versions text. Usage: python3 load_panels.py EXPORTS_DIR (holding defacto-csv, -json, -xlsx)."""
import json
import os
import sys

import pandas as pd
from pandas.api import types

root = sys.argv[1]
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("  FAIL pandas:", what)


def dates_of(package_dir, resource):
    """The columns a resource declares as dates: what to pass to parse_dates."""
    with open(os.path.join(package_dir, "datapackage.json"), encoding="utf-8") as f:
        pkg = json.load(f)
    res = next(r for r in pkg["resources"] if r["name"] == resource)
    return [c["name"] for c in res["schema"]["fields"] if c["type"] == "date"]


def check_panel(df, where, wide):
    prefix = "pr_" if wide else ""
    for col in ["year", "territory_num", prefix + "defacto_index", prefix + "coverage_evidenced", "parent_cow"]:
        check(types.is_numeric_dtype(df[col]), f"{where} {col} is numeric, not {df[col].dtype}")
    check(types.is_datetime64_any_dtype(df["as_of"]), f"{where} as_of is a date, not {df['as_of'].dtype}")
    check(df["codebook_version"].map(type).eq(str).all(), f"{where} codebook_version is text")
    check(set(df["exists"].dropna().unique()) <= {True, False}, f"{where} exists is boolean")


csv = os.path.join(root, "defacto-csv")
for name in ["panel", "panel_wide"]:
    df = pd.read_csv(os.path.join(csv, name + ".csv"), keep_default_na=False, na_values=[""], parse_dates=dates_of(csv, name))
    check_panel(df, f"csv {name}", name == "panel_wide")
wide = pd.read_csv(os.path.join(csv, "panel_wide.csv"), keep_default_na=False, na_values=[""])
check(not wide.duplicated(["territory", "year"]).any(), "wide panel: one row per territory-year")

js = os.path.join(root, "defacto-json")
events = pd.read_json(os.path.join(js, "events.json"), orient="records")
check(events["date_text"].map(type).eq(str).all(), "json events date_text stays text (no column is named date)")
indicators = pd.read_json(os.path.join(js, "indicators.json"), orient="records")
check(indicators["codebook_version"].map(type).eq(str).all(), "json indicators codebook_version stays text")
panel = pd.read_json(os.path.join(js, "panel.json"), orient="records", convert_dates=dates_of(js, "panel"))
check_panel(panel, "json panel", False)

xlsx = os.path.join(root, "defacto-xlsx", "defacto.xlsx")
if os.path.exists(xlsx):
    sheets = pd.read_excel(xlsx, sheet_name=None)
    for name in ["panel", "panel_wide"]:
        check_panel(sheets[name], f"xlsx {name}", name == "panel_wide")
    check("variables" in sheets and "cite" in sheets, "xlsx has the variables and cite sheets")
    check(types.is_datetime64_any_dtype(sheets["events"]["date_start"]), "xlsx events date_start is a date cell")

print(f"  pandas {pd.__version__}: {len(failures)} problem(s)")
sys.exit(1 if failures else 0)
