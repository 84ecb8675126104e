"""The written records of a case (调查记录, 调解记录, 回访记录), its agreement terms and the
judicial confirmation: value objects and their rules, without storage or Qt."""
