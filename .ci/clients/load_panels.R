# Loads the long and wide panels (and the events) with readr's default type guessing, as a researcher
# would, and checks the types: numbers numeric, dates Date, versions text, flags logical.
# Usage: Rscript load_panels.R CSV_EXPORT_DIR
suppressPackageStartupMessages(library(readr))
dir <- commandArgs(trailingOnly = TRUE)[1]
failures <- 0
check <- function(ok, what) {
  if (!isTRUE(ok)) { cat("  FAIL R:", what, "\n"); failures <<- failures + 1 }
}
read <- function(name) read_csv(file.path(dir, paste0(name, ".csv")), na = "", show_col_types = FALSE, progress = FALSE)

panel <- read("panel")
check(nrow(panel) > 0 && all(c("practice", "commitments") %in% panel$basis), "long panel has both bases")
for (col in c("year", "territory_num", "defacto_index", "defacto_index_low", "defacto_index_high", "coverage_evidenced", "parent_cow", "patron_gw"))
  check(is.numeric(panel[[col]]), paste("panel", col, "is numeric, not", class(panel[[col]])[1]))
check(inherits(panel$as_of, "Date"), paste("panel as_of is a Date, not", class(panel$as_of)[1]))
check(is.character(panel$codebook_version), paste("panel codebook_version is text, not", class(panel$codebook_version)[1]))
check(is.logical(panel$exists), paste("panel exists is logical, not", class(panel$exists)[1]))

wide <- read("panel_wide")
check(nrow(wide) * 2 == nrow(panel), "wide panel has one row per territory-year")
check(!any(duplicated(wide[c("territory", "year")])), "wide panel key is unique")
for (col in c("pr_defacto_index", "cm_defacto_index", "pr_citizenship_score", "cm_p_de_facto_annexation"))
  check(is.numeric(wide[[col]]), paste("panel_wide", col, "is numeric, not", class(wide[[col]])[1]))
check(inherits(wide$as_of, "Date"), "panel_wide as_of is a Date")
check(is.character(wide$codebook_version), "panel_wide codebook_version is text")

events <- read("events")
check(inherits(events$date_start, "Date") && inherits(events$date_end, "Date"), "events date_start/date_end are Dates")
check(is.character(events$date_text), "events date_text stays text")
indicators <- read("indicators")
check(is.character(indicators$codebook_version), paste("indicators codebook_version is text, not", class(indicators$codebook_version)[1]))

cat(sprintf("  R %s, readr %s: %d long rows, %d wide rows, %d events; %d problem(s)\n",
  getRversion(), packageVersion("readr"), nrow(panel), nrow(wide), nrow(events), failures))
quit(status = if (failures == 0) 0 else 1)
