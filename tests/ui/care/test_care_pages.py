"""The first-aid kit, items held at the desk and paging, driven like a clerk at the counter;
the database is checked afterwards."""

from __future__ import annotations

from services.care import custody, first_aid, paging
from ui.care.custody_page import CustodyPage
from ui.care.first_aid_page import FirstAidPage
from ui.care.paging_page import PagingPage


def test_first_aid_use_below_stock_is_refused(role_ctx, open_page, errors):
    clerk = role_ctx["clerk"]
    med = first_aid.add_medicine(clerk, "创可贴", "external", "片", 5)
    first_aid.restock(clerk, med.id, 3, "2027-01-01")
    page = open_page(FirstAidPage, clerk)
    page.quantity_box.setValue(4)
    page.whom_box.setText("顾客")
    page.record_use()
    assert errors == [] and "Only 3" in page.problem.text()  # said on the page
    page.quantity_box.setValue(2)
    page.record_use()
    assert first_aid.list_medicines(clerk)[0].stock == 1
    assert "创可贴" in page.flags_label.text()


def test_custody_take_in_and_hand_out(role_ctx, open_page):
    clerk = role_ctx["clerk"]
    page = open_page(CustodyPage, clerk)
    page.what_box.setText("样品")
    page.for_box.setText("招商部")
    page.left_by_box.setText("快递员")
    page.take_in()
    assert page.model.rowCount() == 1
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.hand_out("招商部 李")
    assert custody.list_items(clerk)[0].picked_up_by == "招商部 李"
    assert page.model.rowCount() == 0


def test_paging_fill_and_record(role_ctx, open_page):
    page = open_page(PagingPage, role_ctx["clerk"])
    page.who_box.setText("小明的妈妈")
    page.where_box.setText("一楼服务台")
    page.fill()
    assert "小明的妈妈" in page.zh_box.toPlainText()
    page.asked_box.setText("小明")
    page.record()
    [made] = paging.list_pages(role_ctx["clerk"])
    assert made.kind == "person" and made.meet_at == "一楼服务台"
    assert page.model.rowCount() == 1
